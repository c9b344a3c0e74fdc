using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;

namespace SiteGen.Shaping;

/// <summary>
/// A subproject's page: the facts that are known (the missing ones gathered in one line), and the sections that
/// have something to show, in reading order, which also make the table of contents. A report field the source
/// leaves empty gets no heading of its own but is named once among those not reported.
/// </summary>
public sealed class SubprojectPageShaper(SiteIndex index, SourceIndex sources, ItemFactory items, UiStrings strings, TimelineChart timeline, DateOnly asOf)
{
    private const string Partials = "partials/subproject/";
    private const string PartsSection = "s-deler";

    public SubprojectPage Shape(Subproject subproject)
    {
        var parts = index.PartsOf(subproject);
        var chart = timeline.Deferred("tidslinje", [subproject, .. parts], [], PartialDate.OfDay(asOf), strings.Format("timeline_title_for", subproject.Title));
        var measures = ItemFactory.Measures(subproject.Measures);
        var gains = Aggregates.GainsByType([subproject]);
        var updates = index.UpdatesOf(subproject).Select(items.Update).ToList();
        var messages = index.MessagesOf(subproject).Select(items.Message).ToList();
        var risks = items.Risks(index.RisksOf(subproject), full: false);

        var sections = new List<PageSection>();
        var notReported = new List<string>();
        void Report(string id, string key, MarkdownText? text)
        {
            if (text is null || text.IsEmpty)
            {
                notReported.Add(Lower(strings.Text("subproject." + key)));
            }
            else
            {
                sections.Add(new PageSection(id, strings.Text("subproject." + key), Partials + "text.sbn", text));
            }
        }

        void Add(bool shown, string id, string headingKey, string partial)
        {
            if (shown)
            {
                sections.Add(new PageSection(id, strings.Text("subproject." + headingKey), Partials + partial));
            }
        }

        Report("s-malet", "objective", subproject.Objective);
        Report("s-resultat", "expected_result", subproject.ExpectedResult);
        Report("s-ressurser", "resources", subproject.Resources);
        Report("s-involveres", "involved", subproject.Involved);
        Report("s-involvering", "involvement", subproject.Involvement);
        if (notReported.Count > 0)
        {
            sections.Add(new PageSection(null, null, Partials + "not-reported.sbn"));
        }

        Add(chart is not null, "s-tidslinje", "timeline_heading", "timeline.sbn");
        Add(subproject.Phases.Length > 0, "s-faser", "phases_heading", "phases.sbn");
        Add(subproject.Milestones.Length > 0, "s-milepaeler", "milestones_heading", "milestones.sbn");
        Add(subproject.Measures.Length > 0, "s-tiltak", "measures_heading", "measures.sbn");
        Add(gains.Count > 0, "s-gevinster", "gains_heading", "gains.sbn");
        Add(subproject.A3 is not null, "s-a3", "a3_heading", "a3.sbn");
        Add(parts.Count > 0, PartsSection, "parts_heading", "parts.sbn");
        Add(updates.Count > 0, "s-oppdateringer", "updates_heading", "updates.sbn");
        Add(messages.Count > 0, "s-meldinger", "messages_heading", "messages.sbn");
        Add(risks.Rows.Count > 0, "s-risiko", "risks_heading", "risks.sbn");

        var parent = index.ParentOf(subproject);
        var missing = MissingFacts(subproject);
        return new SubprojectPage(
            subproject,
            [.. parts.Select(items.Card)],
            missing,
            Facts(subproject, parent, parts.Count, missing),
            sections,
            notReported,
            chart,
            [.. subproject.Phases.Select(items.Phase)],
            [.. Aggregates.RowsOf([subproject], s => s.Milestones, items.Milestone)],
            measures,
            subproject.Measures.Any(m => m.Estimate is not null) ? Aggregates.Summary(Aggregates.Measures([subproject])) : null,
            gains,
            updates,
            messages,
            risks,
            subproject.Milestones.Length > 0 ? SiteUrls.SubprojectCalendar(subproject.Slug) : null,
            sources.Cite(subproject.Sources),
            sources.Cite(SourceIndex.Distinct(subproject.Measures.Select(m => m.Sources))));
    }

    /// <summary>The facts list at the top of the page: status, then each fact the source gives, then those it does not, in one line.</summary>
    private List<Fact> Facts(Subproject subproject, Subproject? parent, int partCount, IReadOnlyList<string> missing)
    {
        string Label(string key) => strings.Text("subproject." + key);
        List<Fact?> facts =
        [
            new TagFact(Label("status"), subproject.Status),
            subproject.Health is { } health ? new TagFact(Label("health"), health, subproject.HealthNote) : null,
            subproject.Start is not null || subproject.End is not null ? new PeriodFact(Label("period"), subproject.Start, subproject.End) : null,
            subproject.Owner is { } owner ? new TextFact(Label("owner"), owner) : null,
            subproject.Lead is { } lead ? new TextFact(Label("lead"), lead) : null,
            subproject.Steering is { } steering ? new TextFact(Label("steering"), steering) : null,
            parent is null ? null : new LinkFact(Label("parent"), SiteUrls.Subproject(parent.Slug), parent.Title),
            partCount > 0 ? new PartsFact(strings.Text("subprojects.parts"), "#" + PartsSection, partCount) : null,
            missing.Count > 0 ? new MissingFact(strings.Text("not_given"), missing) : null,
        ];
        return [.. facts.OfType<Fact>()];
    }

    /// <summary>The facts the source does not give, by name: "ansvarlig, styringsgruppe".</summary>
    private List<string> MissingFacts(Subproject subproject)
    {
        var missing = new List<string>();
        void Check(bool given, string key)
        {
            if (!given)
            {
                missing.Add(Lower(strings.Text("subproject." + key)));
            }
        }

        Check(subproject.Health is not null, "health");
        Check(subproject.Start is not null || subproject.End is not null, "period");
        Check(subproject.Owner is not null, "owner");
        Check(subproject.Lead is not null, "lead");
        Check(subproject.Steering is not null, "steering");
        return missing;
    }

    /// <summary>A heading as a word inside a sentence: "Forventet resultat" → "forventet resultat".</summary>
    private static string Lower(string heading) => heading.Length == 0 ? heading : char.ToLowerInvariant(heading[0]) + heading[1..];
}
