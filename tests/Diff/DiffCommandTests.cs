using SiteGen.Cli;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diff;

public class DiffCommandTests(ReviewedProgramme programme) : IClassFixture<ReviewedProgramme>
{
    [Fact]
    public void Reports_every_kind_of_change_between_two_revisions_grouped_by_subproject_then_programme_wide()
    {
        var (code, stdout, stderr) = Diff(programme.First, programme.PageEdited);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        string[] expected =
        [
            "## Endringer i programmet",
            "### Delprosjekt: Bedre innkjøp",
            $"- Status: {Label(SubprojectStatus.Active)} → {Label(SubprojectStatus.Paused)}",
            $"- Framdrift: {Label(Health.OnTrack)} → {Label(Health.AtRisk)}",
            "- Milepæl «Kartlegging ferdig», flyttet: 31. mars 2024 → 2. kvartal 2024",
            "- Tiltak «E-handel for alle enheter», anslag: 20\u00a0000–40\u00a0000\u00a0kr → 60\u00a0000\u00a0kr",
            $"- Tiltak med status {Label(MeasureStatus.InProgress)}: 1 tiltak, anslått 20\u00a0000–40\u00a0000\u00a0kr → 1 tiltak, anslått 60\u00a0000\u00a0kr",
            "### Delprosjekt: Digitalisering",
            $"- Delprosjektet lagt til: «Digitalisering» ({Label(SubprojectStatus.Planned)}, januar 2025–desember 2025)",
            "### Delprosjekt: Skolestruktur",
            "- Delprosjektet fjernet: «Skolestruktur»",
            "### Hele programmet",
            "- Mål «Fond i prosent av driftsinntekter»: ny rapportert verdi for desember 2024: 3,1",
            "### Risiko og muligheter",
            $"- {Label(RiskKind.Risk)} «R1 Testene tar for lang tid», ny vurdering: sannsynlighet 2, konsekvens 3 → sannsynlighet 4, konsekvens 3",
            $"- {Label(RiskKind.Risk)} «R1 Testene tar for lang tid», flyttet i matrisen: Liten × Kritisk → Stor × Kritisk",
            "### Oppdateringer",
            "- Oppdatering lagt til: «Andre rapport fra Testprogrammet» (20. juni 2024)",
            "### Kommunikasjonsplan",
            $"- Melding «Nyhetsbrev om første rapport», status: {Label(MessageStatus.Published)} → {Label(MessageStatus.Cancelled)}",
            "### Sider",
            "- Side «Om Testprogrammet»: tekst endret (Kontakt)",
        ];
        Assert.All(expected, line => Assert.Contains(line, lines));
        // In this order: subprojects first, then what is programme-wide.
        Assert.Equal(expected.Where(l => l.StartsWith('#')), lines.Where(l => l.StartsWith('#')));
    }

    [Fact]
    public void Says_nothing_about_what_did_not_change()
    {
        var (_, stdout, _) = Diff(programme.First, programme.PageEdited);

        Assert.DoesNotContain("Kartlegging»", stdout); // the phase, unlike the milestone "Kartlegging ferdig", is as it was
        Assert.DoesNotContain("Lavere priser", stdout);
        Assert.DoesNotContain("M1", stdout);
        Assert.DoesNotContain("Tiltak med status", Diff(programme.MilestoneMoved, programme.StatusChanged).Stdout);
    }

    [Theory]
    [InlineData(nameof(ReviewedProgramme.MilestoneMoved), "- Milepæl «Kartlegging ferdig», flyttet: 31. mars 2024 → 2. kvartal 2024")]
    [InlineData(nameof(ReviewedProgramme.UpdateDrafted), "- Oppdatering lagt til: «Andre rapport fra Testprogrammet» (20. juni 2024, utkast)")]
    [InlineData(nameof(ReviewedProgramme.UpdatePublished), "- Oppdatering «Andre rapport fra Testprogrammet» er publisert")]
    [InlineData(nameof(ReviewedProgramme.PageEdited), "- Side «Om Testprogrammet»: tekst endret (Kontakt)")]
    public void Reports_one_reviewed_change_as_one_line(string commit, string line)
    {
        var head = (string)typeof(ReviewedProgramme).GetProperty(commit)!.GetValue(programme)!;

        var (code, stdout, _) = Diff(head + "~1", head);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal([line], stdout.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reports_a_revision_with_content_errors_with_path_line_and_column_and_exits_1()
    {
        var (code, stdout, stderr) = Diff(programme.PageEdited, programme.Broken);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"## Innholdet i `{programme.Broken}` har feil", stdout);
        var error = Assert.Single(stderr.Split('\n'), l => l.Contains(" error ", StringComparison.Ordinal));
        Assert.Matches(@"content/subprojects/innkjop\.md:4:9: error LV106: .*«pausd».*paused", error);
        Assert.Contains(error, stdout);
        Assert.DoesNotContain("## Endringer i programmet", stdout);
    }

    [Fact]
    public void Reports_hostile_files_in_a_revision_as_located_errors_like_build_does()
    {
        using var repository = new TempGitRepository();
        var before = repository.Commit("Utgangspunkt");
        repository.Write("pages/dyp.md", "---\ntitle: " + new string('[', 40_000) + "\n---\nTekst.\n")
            .Write("pages/stor.md", "---\ntitle: Stor\n---\n" + new string('a', 2 << 20))
            .Write("pages/bombe.md", "---\ntitle: Bombe\na: &a [x, x]\nb: [*a, *a]\n---\nTekst.\n");
        var hostile = repository.Commit("Fiendtlige filer");

        var (code, stdout, stderr) = Diff(repository, before, hostile);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain("   at ", stdout + stderr);
        var errors = stderr.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, l => l.Contains("content/pages/dyp.md:2:", StringComparison.Ordinal) && l.Contains("error LV012", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("content/pages/stor.md:1:1: error LV011", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("content/pages/bombe.md:3:", StringComparison.Ordinal) && l.Contains("error LV012", StringComparison.Ordinal));
    }

    [Fact]
    public void Compares_with_the_working_tree_when_no_head_is_given()
    {
        using var repository = new TempGitRepository();
        repository.Replace(ReviewedProgramme.Innkjop, "lead: Innkjøpsrådgiveren", "lead: Innkjøpssjefen");

        var (code, stdout, _) = Diff(repository, "HEAD");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Fra `HEAD` til arbeidskopien.", stdout);
        Assert.Contains("- Prosjektleder: Innkjøpsrådgiveren → Innkjøpssjefen", stdout.Split('\n'));
        Assert.Equal("Ingen endringer i programmet.", Diff(repository, "HEAD", "HEAD").Stdout.Split('\n')[4]);
    }

    [Fact]
    public void Reports_who_owns_the_communication_plan_when_it_is_due_and_each_audience_added_removed_or_reached_differently()
    {
        using var repository = new TempGitRepository();
        const string plan = "communication_owner: Kommunikasjonsrådgiveren\ncommunication_due: 2024-06\ncommunication_audiences:\n"
            + "  - audience: employees\n    how: På personalmøter\n  - audience: citizens\n";
        repository.Replace("programme.yml", "owner: Testdirektøren\n", "owner: Testdirektøren\n" + plan).Commit("Kommunikasjonsplanen får eier, frist og målgrupper");
        repository.Replace("programme.yml", plan, "communication_owner: Testdirektøren\ncommunication_due: 2024-Q3\ncommunication_audiences:\n"
            + "  - audience: employees\n    how: På intranettet\n  - audience: politicians\n    how: I kommunestyret\n");

        var (code, stdout, _) = Diff(repository, "HEAD");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            [
                "- Ansvarlig for kommunikasjonsplanen: Kommunikasjonsrådgiveren → Testdirektøren",
                "- Frist for kommunikasjonsplanen: juni 2024 → 3. kvartal 2024",
                $"- Målgruppe i kommunikasjonsplanen «{Label(Audience.Employees)}», hvordan den nås: På personalmøter → På intranettet",
                $"- Målgruppe i kommunikasjonsplanen lagt til: «{Label(Audience.Politicians)}» (I kommunestyret)",
                $"- Målgruppe i kommunikasjonsplanen fjernet: «{Label(Audience.Citizens)}»",
            ],
            stdout.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_format_reads_in_a_terminal_without_markdown()
    {
        var (code, stdout, _) = Diff(programme.Repository, programme.MilestoneMoved + "~1", programme.MilestoneMoved, "--format", "text");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Endringer i programmet\n======================\n", stdout);
        Assert.Contains("Delprosjekt: Bedre innkjøp\n--------------------------\n\n  - Milepæl «Kartlegging ferdig», flyttet:", stdout);
        Assert.DoesNotContain("#", stdout);
    }

    [Fact]
    public void Escapes_markdown_in_content_so_the_report_shows_it_as_written()
    {
        using var repository = new TempGitRepository();
        repository.Replace(ReviewedProgramme.Innkjop, "lead: Innkjøpsrådgiveren", "lead: \"*Ny* <b>leder</b>\"");

        var (_, stdout, _) = Diff(repository, "HEAD");

        Assert.Contains(@"- Prosjektleder: Innkjøpsrådgiveren → \*Ny\* \<b\>leder\</b\>", stdout.Split('\n'));
    }

    [Fact]
    public void Exits_2_for_a_revision_git_does_not_know()
    {
        var (code, stdout, stderr) = Diff("finnes-ikke");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Contains("git knows no revision 'finnes-ikke'", stderr);
    }

    [Fact]
    public void Exits_2_outside_a_git_repository()
    {
        using var copy = new ContentCopy();

        var (code, _, stderr) = Run("diff", "main", "--content", copy.Content, "--templates", RepositoryPaths.Templates);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("not in a git repository", stderr);
    }

    private static string Label(Enum value) => Labels.Of(value);

    private (int Code, string Stdout, string Stderr) Diff(params string[] revisions) => Diff(programme.Repository, revisions);

    private static (int Code, string Stdout, string Stderr) Diff(TempGitRepository repository, params string[] arguments) =>
        Run(["diff", .. arguments, "--content", repository.Content, "--templates", RepositoryPaths.Templates]);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
