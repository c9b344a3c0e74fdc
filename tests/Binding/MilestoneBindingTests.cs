using Ical.Net;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Binding;

public class MilestoneBindingTests
{
    private const string Repeated = """
        ---
        title: Dobbel
        status: active
        source: { id: testrapport }
        milestones:
          - { title: Rapportering av framdrift, date: 2024-01 }
          - { title: Rapportering av framdrift, date: 2024-06 }
          - { title: Rapportering av framdrift, date: 2024-06, note: Samme måned to ganger }
        ---
        """;

    [Fact]
    public void Accepts_one_title_at_different_dates_and_gives_every_calendar_event_its_own_uid()
    {
        using var content = new ContentCopy().Write("subprojects/dobbel.md", Repeated);

        var result = content.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var events = Calendar.Load(File.ReadAllText(Path.Combine(content.Output, "delprosjekter", "dobbel", "milepaeler.ics")))!.Events;
        Assert.Equal(3, events.Count);
        Assert.Equal(3, events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(
            new[]
            {
                "milestone-subproject-dobbel-2024-01-rapportering-av-framdrift@example.org", "milestone-subproject-dobbel-2024-06-rapportering-av-framdrift@example.org",
                "milestone-subproject-dobbel-2024-06-rapportering-av-framdrift-2@example.org",
            }.Order(StringComparer.Ordinal),
            events.Select(e => e.Uid).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_milestone_keeps_its_uid_when_another_with_the_same_title_is_added_at_another_date()
    {
        using var content = new ContentCopy().Write("subprojects/dobbel.md", Repeated);
        content.Build();
        var before = Uids(content);

        content.Write("subprojects/dobbel.md", Repeated.Replace("milestones:\n", "milestones:\n  - { title: Rapportering av framdrift, date: 2023-12 }\n", StringComparison.Ordinal));
        content.Build();

        Assert.Subset(Uids(content), before);
        Assert.Equal(4, Uids(content).Count);
    }

    [Fact]
    public void Reports_text_split_by_a_comma_in_a_flow_mapping_and_says_to_quote_it()
    {
        using var content = new ContentCopy().Write("subprojects/komma.md", """
            ---
            title: Komma
            status: active
            source: { id: testrapport }
            gains:
              - { type: quality, description: Økt nærvær, bedre kontinuitet, færre vikarer }
            ---
            """);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownKey, "subprojects/komma.md", 6, 47);

        Assert.Contains("anførselstegn", error.Message);
        Assert.Contains("description: \"Økt nærvær, bedre kontinuitet, færre vikarer\"", error.Message);
        Assert.DoesNotContain("Mente du", error.Message);
    }

    private static HashSet<string> Uids(ContentCopy content) =>
        [.. Calendar.Load(File.ReadAllText(Path.Combine(content.Output, "delprosjekter", "dobbel", "milepaeler.ics")))!.Events.Select(e => e.Uid!)];
}
