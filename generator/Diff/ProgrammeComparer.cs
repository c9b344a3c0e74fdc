using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Diff;

/// <summary>
/// Compares two versions of the programme as a reader sees them, not as lines of YAML: subproject by subproject,
/// then what is programme-wide. Items are matched by what identifies them (slug, id or title within their list).
/// </summary>
public sealed class ProgrammeComparer(DiffWords words, UiStrings strings)
{
    public ChangeReport Compare(SiteModel before, SiteModel after)
    {
        var sections = new List<ChangeSection>();
        var old = before.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var @new = after.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        foreach (var (slug, title) in after.Subprojects.Select(s => (s.Slug, s.Title))
            .Concat(before.Subprojects.Where(s => !@new.ContainsKey(s.Slug)).Select(s => (s.Slug, s.Title))))
        {
            Section(sections, words.Format("subproject", title), lines => Subproject(lines, old.GetValueOrDefault(slug), @new.GetValueOrDefault(slug)));
        }

        Section(sections, words.Text("programme"), lines => Programme(lines, before.Programme, after.Programme));
        Section(sections, strings.Text("risks_title"), lines => Risks(lines, before.Risks, after.Risks));
        Section(sections, strings.Text("updates_title"), lines => Updates(lines, before.Updates, after.Updates));
        Section(sections, strings.Text("communication_title"), lines => Messages(lines, before.Messages, after.Messages));
        Section(sections, words.Text("pages"), lines => Pages(lines, before.Pages, after.Pages));
        return new ChangeReport([.. sections]);
    }

    private void Section(List<ChangeSection> sections, string heading, Action<ChangeLines> compare)
    {
        var lines = new ChangeLines(words);
        compare(lines);
        if (lines.Lines.Count > 0)
        {
            sections.Add(new ChangeSection(heading, [.. lines.Lines]));
        }
    }

    private void Subproject(ChangeLines lines, Subproject? before, Subproject? after)
    {
        var noun = words.Noun("subproject");
        if (before is null || after is null)
        {
            var subproject = (after ?? before)!;
            var description = words.List(new[] { words.Label(subproject.Status), words.Period(subproject.Start, subproject.End), subproject.Draft ? words.Text("draft") : null }.OfType<string>());
            lines.Add(after is null
                ? words.Format("removed", noun, DiffWords.Quote(subproject.Title))
                : words.Format("added", noun, $"{DiffWords.Quote(subproject.Title)} ({description})"));
            return;
        }

        lines.Draft(noun, before.Draft, after.Draft);
        lines.Field("title", before.Title, after.Title);
        lines.Field("status", words.Label(before.Status), words.Label(after.Status));
        lines.Field("health", words.Label(before.Health), words.Label(after.Health));
        lines.Field("owner", before.Owner, after.Owner);
        lines.Field("lead", before.Lead, after.Lead);
        lines.Field("steering", before.Steering, after.Steering);
        lines.Field("period", words.Period(before.Start, before.End), words.Period(after.Start, after.End));
        lines.Field("parent", before.Parent, after.Parent);
        lines.Texts(
            ("summary", before.Summary, after.Summary),
            ("health_note", before.HealthNote, after.HealthNote),
            ("objective", before.Objective?.Source, after.Objective?.Source),
            ("expected_result", before.ExpectedResult?.Source, after.ExpectedResult?.Source),
            ("resources", before.Resources?.Source, after.Resources?.Source),
            ("involved", before.Involved?.Source, after.Involved?.Source),
            ("involvement", before.Involvement?.Source, after.Involvement?.Source),
            ("a3", A3Text(before.A3), A3Text(after.A3)),
            ("body", before.Body.Source, after.Body.Source));

        lines.Items(words.Noun("phase"), before.Phases, after.Phases, p => p.Title, p => p.Title,
            p => words.List(new[] { words.Period(p.Start, p.End), words.Label(p.Status) }.OfType<string>()),
            (subject, b, a) =>
            {
                lines.Field(subject, "period", words.Period(b.Start, b.End), words.Period(a.Start, a.End));
                lines.Field(subject, "status", words.Label(b.Status), words.Label(a.Status));
            });
        Milestones(lines, before.Milestones, after.Milestones);
        lines.Items(words.Noun("measure"), before.Measures, after.Measures, m => m.Title, m => m.Title,
            m => words.List(new[] { words.Label(m.Status), DiffWords.Money(m.Estimate) }.OfType<string>()),
            (subject, b, a) =>
            {
                lines.Field(subject, "status", words.Label(b.Status), words.Label(a.Status));
                lines.Field(subject, "estimate", DiffWords.Money(b.Estimate), DiffWords.Money(a.Estimate));
                lines.Field(subject, "owner", b.Owner, a.Owner);
                lines.Field(subject, "due", DiffWords.Date(b.Due), DiffWords.Date(a.Due));
                lines.Field(subject, "note", b.Note, a.Note);
            });
        MeasureTotals(lines, before, after);
        lines.Items(words.Noun("gain"), before.Gains, after.Gains, g => $"{g.Type}:{g.Description}", g => g.Description,
            g => words.List(new[] { words.Label(g.Type), DiffWords.Money(g.Estimate), DiffWords.Date(g.Period) }.OfType<string>()),
            (subject, b, a) =>
            {
                lines.Field(subject, "estimate", DiffWords.Money(b.Estimate), DiffWords.Money(a.Estimate));
                lines.Field(subject, "period", DiffWords.Date(b.Period), DiffWords.Date(a.Period));
            });
    }

    /// <summary>A title may repeat in one list, so the second "Rapportering av framdrift" is matched with the second.</summary>
    private void Milestones(ChangeLines lines, IEnumerable<Milestone> before, IEnumerable<Milestone> after) =>
        lines.Items(words.Noun("milestone"), Occurrences.Number(before, m => m.Title), Occurrences.Number(after, m => m.Title),
            o => $"{o.Item.Title}\n{o.Number}", o => o.Item.Title,
            o => words.List(new[] { DiffWords.Date(o.Item.Date), words.Label(o.Item.Status) }.OfType<string>()),
            (subject, before, after) =>
            {
                var (b, a) = (before.Item, after.Item);
                lines.Field(subject, "moved", DiffWords.Date(b.Date), DiffWords.Date(a.Date));
                lines.Field(subject, "status", words.Label(b.Status), words.Label(a.Status));
                lines.Field(subject, "note", b.Note, a.Note);
            });

    /// <summary>The change in count and estimated savings per status, where the measures changed it.</summary>
    private void MeasureTotals(ChangeLines lines, Subproject before, Subproject after)
    {
        var old = Aggregates.Summary(Aggregates.Measures([before])).ByStatus.ToDictionary(t => t.Status?.ToString() ?? "", t => t);
        var @new = Aggregates.Summary(Aggregates.Measures([after])).ByStatus.ToDictionary(t => t.Status?.ToString() ?? "", t => t);
        foreach (var status in @new.Keys.Concat(old.Keys).Distinct())
        {
            var (b, a) = (old.GetValueOrDefault(status), @new.GetValueOrDefault(status));
            var (textBefore, textAfter) = (Total(b), Total(a));
            if (textBefore != textAfter)
            {
                var label = (a ?? b)!.Status is { } known ? words.Label(known)! : words.Text("no_status");
                lines.Add(words.Format("totals", label, textBefore, textAfter));
            }
        }
    }

    private string Total(MeasureTotal? total) =>
        total is null ? words.Format("count_only", "0")
        : total.Total is null ? words.Format("count_only", total.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : words.Format("count_sum", total.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), DiffWords.Money(total.Total)!);

    private void Programme(ChangeLines lines, Programme before, Programme after)
    {
        lines.Field("name", before.Name, after.Name);
        lines.Field("full_name", before.FullName, after.FullName);
        lines.Field("organisation", before.Organisation, after.Organisation);
        lines.Field("url", before.Url, after.Url);
        lines.Field("owner", before.Owner, after.Owner);
        lines.Field("steering", before.Steering, after.Steering);
        lines.Field("period", words.Period(before.Start, before.End), words.Period(after.Start, after.End));
        lines.Field("contact", ContactText(before.Contact), ContactText(after.Contact));
        lines.Field("communication_owner", before.CommunicationOwner, after.CommunicationOwner);
        lines.Field("communication_due", DiffWords.Date(before.CommunicationDue), DiffWords.Date(after.CommunicationDue));
        lines.Texts(
            ("summary", before.Summary, after.Summary),
            ("background", before.Background?.Source, after.Background?.Source),
            ("communication_plan", before.CommunicationPlan?.Source, after.CommunicationPlan?.Source));
        lines.Items(words.Noun("audience"), before.CommunicationAudiences, after.CommunicationAudiences, a => a.Audience.ToString(), a => words.Label(a.Audience)!,
            a => a.How, (subject, b, a) => lines.Field(subject, "how", b.How, a.How));
        lines.Items(words.Noun("aim"), before.Aims, after.Aims, a => a, a => a, _ => null, (_, _, _) => { });
        lines.Items(words.Noun("goal"), before.Goals, after.Goals, g => g.Id, g => g.Title,
            g => $"{words.Field("target")} {Number(g.Target)}",
            (subject, b, a) =>
            {
                lines.Field(subject, "target", Number(b.Target), Number(a.Target));
                lines.Field(subject, "deadline", DiffWords.Date(b.Deadline), DiffWords.Date(a.Deadline));
                var values = b.Values.ToDictionary(v => v.Date.Iso, v => Number(v.Value), StringComparer.Ordinal);
                foreach (var value in a.Values)
                {
                    if (!values.TryGetValue(value.Date.Iso, out var previous))
                    {
                        lines.Add(words.Format("new_value", subject, value.Date.Norwegian, Number(value.Value)));
                    }
                    else if (previous != Number(value.Value))
                    {
                        lines.Add(words.Format("item_changed", subject, value.Date.Norwegian, previous, Number(value.Value)));
                    }
                }
            });
        Milestones(lines, before.Milestones, after.Milestones);
    }

    private void Risks(ChangeLines lines, IEnumerable<Risk> before, IEnumerable<Risk> after) =>
        lines.Items(r => words.Label(r.Kind)!, before, after, r => r.Id, r => $"{r.Id} {r.Title}", Score,
            (subject, b, a) =>
            {
                lines.Field(subject, "title", b.Title, a.Title);
                lines.Field(subject, "kind", words.Label(b.Kind), words.Label(a.Kind));
                lines.Field(subject, "score", Score(b), Score(a));
                lines.Field(subject, "cell", Cell(b), Cell(a));
                lines.Field(subject, "owner", b.Owner, a.Owner);
                lines.Field(subject, "subprojects", words.List(b.Subprojects), words.List(a.Subprojects));
                lines.Text($"{subject}, {words.Field("measures")}", b.Measures?.Source, a.Measures?.Source);
            });

    private void Updates(ChangeLines lines, IEnumerable<Update> before, IEnumerable<Update> after) =>
        lines.Items(words.Noun("update"), before, after, u => u.Slug, u => u.Title,
            u => words.List(new[] { u.Date.Norwegian, u.Draft ? words.Text("draft") : null }.OfType<string>()),
            (subject, b, a) =>
            {
                lines.Draft(subject, b.Draft, a.Draft);
                lines.Field(subject, "title", b.Title, a.Title);
                lines.Field(subject, "moved", b.Date.Norwegian, a.Date.Norwegian);
                lines.Field(subject, "kind", words.Label(b.Kind), words.Label(a.Kind));
                lines.Field(subject, "subprojects", words.List(b.Subprojects), words.List(a.Subprojects));
                lines.Field(subject, "summary", b.Summary, a.Summary);
                lines.Text(subject, b.Body.Source, a.Body.Source);
            });

    private void Messages(ChangeLines lines, IEnumerable<Message> before, IEnumerable<Message> after) =>
        lines.Items(words.Noun("message"), before, after, m => m.Slug, m => m.Title,
            m => words.List(new[] { m.Date.Norwegian, words.Label(m.Status), m.Draft ? words.Text("draft") : null }.OfType<string>()),
            (subject, b, a) =>
            {
                lines.Draft(subject, b.Draft, a.Draft);
                lines.Field(subject, "title", b.Title, a.Title);
                lines.Field(subject, "status", words.Label(b.Status), words.Label(a.Status));
                lines.Field(subject, "moved", b.Date.Norwegian, a.Date.Norwegian);
                lines.Field(subject, "audiences", words.List(b.Audiences.Select(x => words.Label(x)!)), words.List(a.Audiences.Select(x => words.Label(x)!)));
                lines.Field(subject, "channels", words.List(b.Channels.Select(x => words.Label(x)!)), words.List(a.Channels.Select(x => words.Label(x)!)));
                lines.Field(subject, "owner", b.Owner, a.Owner);
                lines.Text(subject, b.Body.Source, a.Body.Source);
            });

    private void Pages(ChangeLines lines, IEnumerable<Page> before, IEnumerable<Page> after) =>
        lines.Items(words.Noun("page"), before, after, p => p.Slug, p => p.Title, p => p.Draft ? words.Text("draft") : null,
            (subject, b, a) =>
            {
                lines.Draft(subject, b.Draft, a.Draft);
                lines.Field(subject, "title", b.Title, a.Title);
                lines.Field(subject, "summary", b.Summary, a.Summary);
                lines.Text(subject, b.Body.Source, a.Body.Source);
            });

    private string Score(Risk risk) =>
        words.Format("risk_score", risk.Probability is { } p ? Number(p) : words.Unset, risk.Consequence is { } c ? Number(c) : words.Unset);

    /// <summary>The cells the register marks the risk in, by the register's own row and column names.</summary>
    private string? Cell(Risk risk) =>
        risk.Cells.IsEmpty ? null : words.List(risk.Cells.Select(m => words.Format("cell", m.Row ?? words.Unset, m.Column ?? words.Unset)));

    private static string Number(decimal value) => NorwegianFormat.Number(value);

    private static string? A3Text(A3? a3) =>
        a3 is null ? null : string.Join("\n\n", new[] { a3.Date?.Iso, a3.Reason?.Source, a3.Current?.Source, a3.RootCauses?.Source, a3.Target?.Source, a3.Measurement?.Source }.OfType<string>());

    private static string? ContactText(Contact? contact) =>
        contact is null ? null : string.Join(", ", new[] { contact.Name, contact.Email, contact.Phone, contact.Url }.OfType<string>());
}
