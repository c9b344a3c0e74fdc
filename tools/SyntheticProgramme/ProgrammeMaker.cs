using System.Globalization;
using System.Text;

namespace SyntheticProgramme;

/// <summary>
/// Makes the content folder of a programme of any size, the same files for the same seed: subprojects with
/// phases, milestones, measures and gains, a body of a few kilobytes and links between them; updates and messages
/// that refer to them; a risk register; free pages. Everything it writes passes <c>check</c>.
/// </summary>
public sealed class ProgrammeMaker
{
    private static readonly string[] SubprojectStatuses = ["active", "active", "active", "planned", "planned", "completed", "paused", "stopped"];
    private static readonly string[] Healths = ["on_track", "on_track", "at_risk", "off_track"];
    private static readonly string[] PhaseStatuses = ["completed", "active", "planned"];
    private static readonly string[] MilestoneStatuses = ["done", "done", "planned", "planned", "delayed", "cancelled"];
    private static readonly string[] MeasureStatuses = ["implemented", "in_progress", "planned", "not_started", "not_feasible", "rejected"];
    private static readonly string[] GainTypes = ["cost", "time", "quality"];
    private static readonly string[] Audiences = ["employees", "citizens", "service_users", "politicians", "union_reps", "leaders", "partners"];
    private static readonly string[] Channels = ["website", "intranet", "newsletter", "social_media", "meeting", "email", "press"];
    private static readonly string[] MessageStatuses = ["published", "published", "planned", "cancelled"];
    private static readonly DateOnly FirstDay = new(2024, 1, 1);
    private const int DaysOfNews = 730;

    private readonly int _subprojects;
    private readonly Prng _random;
    private readonly Prose _prose;

    public ProgrammeMaker(int subprojects, ulong seed)
    {
        _subprojects = subprojects;
        _random = new Prng(seed);
        _prose = new Prose(_random);
    }

    public int UpdateCount => Math.Max(2, _subprojects / 10);

    public int MessageCount => Math.Max(2, _subprojects / 20);

    public static string SubprojectSlug(int i) => $"delprosjekt-{i:D5}";

    public IEnumerable<SyntheticFile> Files()
    {
        yield return new("programme.yml", Programme());
        yield return new("risks.yml", Risks());
        yield return new("pages/om.md", FreePage("Om programmet", 1));
        yield return new("pages/personvern.md", FreePage("Personvern", 2));
        var topLevel = new List<int>();
        for (var i = 1; i <= _subprojects; i++)
        {
            yield return new($"subprojects/{SubprojectSlug(i)}.md", Subproject(i, topLevel));
        }

        var updates = Enumerable.Range(1, UpdateCount).Select(k => UpdateSlug(k)).ToList();
        foreach (var (slug, k) in updates.Select((s, k) => (s, k + 1)))
        {
            yield return new($"updates/{slug}.md", Update(k));
        }

        for (var k = 1; k <= MessageCount; k++)
        {
            yield return new($"communication/{DateOf(k, MessageCount):yyyy-MM-dd}-melding-{k:D5}.md", Message(k, updates));
        }
    }

    private string UpdateSlug(int k) => $"{DateOf(k, UpdateCount):yyyy-MM-dd}-status-{k:D5}";

    /// <summary>Spreads items evenly over two years of news, oldest first.</summary>
    private static DateOnly DateOf(int k, int count) => FirstDay.AddDays((int)((long)(k - 1) * DaysOfNews / count));

    private string Programme() => $"""
        name: Syntetisk program
        full_name: Et syntetisk program med {_subprojects} delprosjekter
        organisation: Prøvekommune
        start: 2024-01
        end: 2027-12
        summary: >-
          {_prose.Paragraph(2)}
        background: |
          {_prose.Paragraph(4)}

          {_prose.Paragraph(3)}
        aims:
          - Alle ledere og ansatte bidrar aktivt
          - Tydelig og hyppig kommunikasjon til alle
        owner: Kommunedirektøren
        steering: Strategisk lederteam
        sources:
          - {"{"} id: statusrapport, title: Rapportering om status, date: 2024-03-18, issued_by: Kommunedirektøren {"}"}
        goals:
          - id: fond
            title: Disposisjonsfond i prosent av brutto driftsinntekter
            unit: percent
            comparison: at_least
            target: 7
            deadline: 2027-12
            description: >-
              {_prose.Sentence()}
            values:
              - {"{"} date: 2023-12, value: 2.5, source: Regnskapet 2023 {"}"}
              - {"{"} date: 2024-12, value: 3.1, source: Regnskapet 2024 {"}"}
          - id: fond-kroner
            title: Disposisjonsfond i kroner
            unit: nok
            comparison: at_least
            target: 200000000
            deadline: 2027-12
          - id: gjeld
            title: Langsiktig lånegjeld i prosent av driftsinntektene
            unit: percent
            comparison: at_most
            target: 150
            deadline: 2027-12
        milestones:
          - {"{"} title: Programmet starter, date: 2024-01, status: done {"}"}
          - {"{"} title: Første rapportering, date: 2024-03-18, status: done {"}"}
          - {"{"} title: Sluttrapport, date: 2027-Q4, status: planned {"}"}

        """;

    private string Risks()
    {
        var text = new StringBuilder("# Et syntetisk risikoregister.\nrisks:\n");
        for (var i = 1; i <= 24; i++)
        {
            var opportunity = i % 4 == 0;
            text.Append($"  - id: {(opportunity ? "M" : "R")}{i}\n");
            text.Append($"    kind: {(opportunity ? "opportunity" : "risk")}\n");
            text.Append($"    title: {_prose.Sentence().TrimEnd('.')}\n");
            text.Append($"    measures: |\n      - {_prose.Sentence()}\n      - {_prose.Sentence()}\n");
            text.Append(CultureInfo.InvariantCulture, $"    probability: {_random.Between(10, 50) / 10.0:0.0}\n");
            text.Append(CultureInfo.InvariantCulture, $"    consequence: {_random.Between(10, 50) / 10.0:0.0}\n");
            text.Append($"    subprojects: [{SubprojectSlug(_random.Between(1, _subprojects))}]\n");
        }

        return text.ToString();
    }

    private string FreePage(string title, int order) => $"""
        ---
        title: {title}
        summary: {_prose.Sentence()}
        order: {order}
        menu: true
        ---
        {_prose.Paragraph(5)}

        {_prose.Paragraph(4)}

        """;

    private string Subproject(int i, List<int> topLevel)
    {
        var text = new StringBuilder("---\n");
        text.Append($"title: {_random.Pick(Prose.TitleWords)} {_random.Pick(Prose.TitleTopics)} {i}\n");
        text.Append($"summary: >-\n  {_prose.Sentence()} {_prose.Sentence()}\n");
        var status = _random.Pick(SubprojectStatuses);
        text.Append($"status: {status}\n");
        if (status == "active")
        {
            text.Append($"health: {_random.Pick(Healths)}\n");
        }

        var startYear = 2024 + _random.Next(3);
        var startMonth = _random.Between(1, 12);
        text.Append($"start: {startYear}-{startMonth:D2}\n");
        text.Append($"end: {startYear + _random.Between(1, 2)}-H{_random.Between(1, 2)}\n");
        text.Append("owner: Kommunalsjef for ").Append(_random.Pick(Prose.TitleTopics)).Append('\n');
        if (_random.Chance(70))
        {
            text.Append($"lead: Prosjektleder {i}\n");
        }

        text.Append("steering: Strategisk lederteam\n");
        if (topLevel.Count > 0 && _random.Chance(20))
        {
            text.Append($"parent: {SubprojectSlug(_random.Pick(topLevel))}\n");
        }
        else
        {
            topLevel.Add(i);
        }

        foreach (var field in new[] { "objective", "expected_result", "involved", "involvement" })
        {
            text.Append($"{field}: |\n  {_prose.Paragraph(_random.Between(2, 4))}\n");
        }

        text.Append($"order: {i}\n");
        AppendPhases(text, startYear, startMonth);
        AppendMilestones(text, startYear);
        AppendMeasures(text, startYear);
        AppendGains(text, startYear);
        text.Append($"source: {{ id: statusrapport, pages: {i} }}\n");
        text.Append("---\n");
        var links = new List<string> { $"/delprosjekter/{SubprojectSlug(_random.Between(1, _subprojects))}/", "/milepaeler/" };
        if (UpdateCount > 0)
        {
            links.Add($"/oppdateringer/{UpdateSlug(_random.Between(1, UpdateCount))}/");
        }

        return text.Append(_prose.Body(links)).ToString();
    }

    private void AppendPhases(StringBuilder text, int year, int month)
    {
        text.Append("phases:\n");
        var quarter = (month - 1) / 3 + 1;
        for (var p = 1; p <= _random.Between(2, 4); p++)
        {
            var end = quarter + _random.Between(0, 2);
            text.Append($"  - {{ title: Fase {p} {Safe(_prose.Phrase())}, start: {year}-Q{quarter}, end: {year + (end - 1) / 4}-Q{(end - 1) % 4 + 1}, status: {_random.Pick(PhaseStatuses)} }}\n");
            year += (end - 1) / 4;
            quarter = end % 4 + 1;
            year += end % 4 == 0 ? 1 : 0;
        }
    }

    private void AppendMilestones(StringBuilder text, int year)
    {
        text.Append("milestones:\n");
        for (var m = 1; m <= _random.Between(2, 5); m++)
        {
            var date = _random.Next(3) switch
            {
                0 => $"{year + _random.Next(2)}-{_random.Between(1, 12):D2}-{_random.Between(1, 28):D2}",
                1 => $"{year + _random.Next(2)}-Q{_random.Between(1, 4)}",
                _ => $"{year + _random.Next(2)}-{_random.Between(1, 12):D2}",
            };
            text.Append($"  - title: Milepæl {m} {Safe(_prose.Phrase())}\n    date: {date}\n    status: {_random.Pick(MilestoneStatuses)}\n");
            if (_random.Chance(40))
            {
                text.Append($"    note: {_prose.Sentence()}\n");
            }
        }
    }

    private void AppendMeasures(StringBuilder text, int year)
    {
        text.Append("measures:\n");
        for (var m = 1; m <= _random.Between(1, 5); m++)
        {
            text.Append($"  - title: Tiltak {m} {Safe(_prose.Phrase())}\n    status: {_random.Pick(MeasureStatuses)}\n");
            text.Append($"    due: {year + _random.Next(2)}-Q{_random.Between(1, 4)}\n");
            var low = _random.Between(1, 40) * 25000;
            text.Append(_random.Chance(50) ? $"    estimate: {low}\n" : $"    estimate: [{low}, {low * 2}]\n");
            if (_random.Chance(50))
            {
                text.Append($"    note: {_prose.Sentence()}\n");
            }
        }
    }

    private void AppendGains(StringBuilder text, int year)
    {
        var count = _random.Between(0, 3);
        if (count == 0)
        {
            return;
        }

        text.Append("gains:\n");
        for (var g = 1; g <= count; g++)
        {
            text.Append($"  - {{ type: {_random.Pick(GainTypes)}, description: {Safe(_prose.Phrase())}, estimate: {_random.Between(1, 40) * 10000}, period: {year + 1}-H{_random.Between(1, 2)} }}\n");
        }
    }

    private string Update(int k)
    {
        var date = DateOf(k, UpdateCount);
        var subprojects = Enumerable.Range(0, 10).Select(_ => SubprojectSlug(_random.Between(1, _subprojects))).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder("---\n");
        text.Append($"title: Status {k} for {_random.Pick(Prose.TitleTopics)}\n");
        text.Append($"date: {date:yyyy-MM-dd}\n");
        text.Append($"summary: >-\n  {_prose.Sentence()}\n");
        text.Append($"kind: {(k % 3 == 0 ? "news" : "report")}\n");
        text.Append($"subprojects: [{string.Join(", ", subprojects)}]\n");
        text.Append("source: { id: statusrapport }\n---\n");
        text.Append(_prose.Paragraph(4)).Append("\n\n## Status i delprosjektene\n\n");
        foreach (var slug in subprojects)
        {
            text.Append($"- [{slug}](/delprosjekter/{slug}/): {_prose.Sentence()}\n");
        }

        return text.Append('\n').Append(_prose.Paragraph(3)).Append('\n').ToString();
    }

    private string Message(int k, IReadOnlyList<string> updates)
    {
        var date = DateOf(k, MessageCount);
        var text = new StringBuilder("---\n");
        text.Append($"title: Melding {k} om {_random.Pick(Prose.TitleTopics)}\n");
        text.Append($"date: {date:yyyy-MM-dd}\n");
        text.Append($"audiences: [{string.Join(", ", new[] { _random.Pick(Audiences), Audiences[k % Audiences.Length] }.Distinct())}]\n");
        text.Append($"channels: [{_random.Pick(Channels)}]\n");
        text.Append("owner: Kommunikasjonsrådgiveren\n");
        text.Append($"status: {_random.Pick(MessageStatuses)}\n");
        text.Append($"subprojects: [{SubprojectSlug(_random.Between(1, _subprojects))}]\n");
        if (_random.Chance(30))
        {
            text.Append($"update: {_random.Pick(updates)}\n");
        }

        return text.Append("---\n").Append(_prose.Paragraph(3)).Append('\n').ToString();
    }

    /// <summary>Plain YAML inside a flow mapping must not hold a comma.</summary>
    private static string Safe(string text) => text.Replace(",", "", StringComparison.Ordinal);
}
