using System.Security.Cryptography;
using System.Xml.Linq;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.History;

public class PageHistoryTests(HistorySite history) : IClassFixture<HistorySite>
{
    private const string Innkjop = "/delprosjekter/innkjop/";

    [Fact]
    public void A_subproject_page_says_when_it_last_changed_and_lists_the_commits_that_touched_its_sources_newest_first()
    {
        var page = history.Site.Page(Innkjop);

        var last = page.QuerySelector(".page-history__last time")!;
        Assert.Equal(("2024-02-09", "9. februar 2024"), (last.GetAttribute("datetime"), last.TextContent));
        Assert.Equal(
        [
            "9. februar 2024: Nytt delprosjekt for digitalisering; skolestruktur avsluttes",
            "8. februar 2024: Andre rapport publiseres",
            "7. februar 2024: Utkast til andre rapport",
            "6. februar 2024: Ny verdi for fondet; nyhetsbrevet avlyst",
            "5. februar 2024: Nytt anslag for e-handel",
            "4. februar 2024: R1 vurdert på nytt i styringsgruppen",
            "3. februar 2024: Innkjøp settes på pause",
            "2. februar 2024: Kartleggingen av innkjøp tar lengre tid",
            "1. februar 2024: Første versjon av programmet",
        ], Entries(Innkjop));
        Assert.Equal("Endringshistorikk", page.QuerySelector(".page-history details > summary")!.TextContent);
    }

    [Theory]
    [InlineData("/om/", "10. februar 2024: Kontaktinformasjon på om-siden", 2)]
    [InlineData("/delprosjekter/digitalisering/", "9. februar 2024: Nytt delprosjekt for digitalisering; skolestruktur avsluttes", 1)]
    [InlineData("/risiko/", "4. februar 2024: R1 vurdert på nytt i styringsgruppen", 2)]
    [InlineData("/oppdateringer/2024-06-20-andre-rapport/", "8. februar 2024: Andre rapport publiseres", 2)]
    public void Each_page_lists_only_the_commits_that_touched_its_own_sources(string url, string newest, int count)
    {
        var entries = Entries(url);

        Assert.Equal(newest, entries[0]);
        Assert.Equal(count, entries.Count);
    }

    [Fact]
    public void Pages_not_built_from_content_have_no_history()
    {
        Assert.Null(history.Site.Page("/sok/").QuerySelector(".page-history"));
        Assert.Null(history.Site.Page("/404.html").QuerySelector(".page-history"));
    }

    [Fact]
    public void A_subproject_shows_its_status_and_health_at_each_commit_that_changed_them()
    {
        var table = history.Site.Page(Innkjop).QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")?.TextContent == "Status og framdrift over tid");

        var rows = table.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(
        [
            $"1. februar 2024 | {Labels.Of(SubprojectStatus.Active)} | {Labels.Of(Health.OnTrack)} | Første versjon av programmet",
            $"3. februar 2024 | {Labels.Of(SubprojectStatus.Paused)} | {Labels.Of(Health.AtRisk)} | Innkjøp settes på pause",
        ], rows);
    }

    [Fact]
    public void The_changes_page_lists_recent_commits_newest_first_each_linked_to_the_pages_it_touched()
    {
        var items = history.Site.Page("/endringer/").QuerySelectorAll(".change-list > li").ToList();

        Assert.Equal(10, items.Count);
        Assert.Equal("10. februar 2024: Kontaktinformasjon på om-siden", items[0].QuerySelector(".change-list__title")!.TextContent);
        Assert.Equal(["/om/"], items[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var swap = items[1];
        Assert.StartsWith("9. februar 2024: Nytt delprosjekt", swap.QuerySelector(".change-list__title")!.TextContent);
        Assert.Equal(
            ["/delprosjekter/digitalisering/", "/delprosjekter/innkjop/", "/oppdateringer/2024-03-18-forste-rapport/"],
            swap.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.StartsWith("endring-", items[0].Id);
    }

    [Fact]
    public void The_atom_feed_of_changes_has_one_entry_per_commit_dated_by_the_commit()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(history.Site.Text("/endringer/feed.xml"));

        var entries = feed.Root!.Elements(atom + "entry").ToList();

        Assert.Equal(10, entries.Count);
        Assert.Equal("Kontaktinformasjon på om-siden", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("2024-02-10T09:00:00Z", entries[0].Element(atom + "updated")!.Value);
        Assert.StartsWith("https://example.org/endringer/#endring-", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("2024-02-10T09:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Merge_commits_and_commits_outside_the_content_are_left_out()
    {
        using var repository = new TempGitRepository();
        repository.Git("checkout", "-q", "-b", "endring");
        repository.Replace("pages/om.md", "Testprogrammet er", "Testprogrammet var").Commit("Om-siden i fortid");
        repository.Git("checkout", "-q", "main");
        File.WriteAllText(Path.Combine(repository.Root, "README.md"), "Bare kode");
        repository.Commit("Bare README");
        repository.Git("-c", "user.name=Rådgiver Test", "-c", "user.email=radgiver@example.org", "merge", "-q", "--no-ff", "-m", "Merge branch 'endring'", "endring");

        using var site = new BuiltSite(repository.Content, HistorySite.AsOf, history: true);

        Assert.Equal(["2. februar 2024: Om-siden i fortid", "1. februar 2024: Første versjon av programmet"], Entries(site, "/om/"));
        Assert.DoesNotContain("Bare README", site.Text("/endringer/"));
        Assert.DoesNotContain("Merge branch", site.Text("/endringer/"));
    }

    [Fact]
    public void Outside_git_the_site_builds_without_history_and_says_so()
    {
        using var copy = new ContentCopy();

        var result = SiteBuilder.Build(copy.Options with { History = true }, write: true);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory);
        Assert.Contains("ikke ligger i et git-depot", warning.Message);
        Assert.DoesNotContain("page-history", File.ReadAllText(Path.Combine(copy.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(copy.Output, "endringer")));
    }

    [Fact]
    public void A_shallow_clone_builds_without_history_and_says_so_rather_than_showing_a_short_one()
    {
        using var clone = history.Programme.Repository.Clone(depth: 1);

        using var site = new BuiltSite(clone.Content, HistorySite.AsOf, history: true);

        Assert.Contains("shallow", Assert.Single(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory).Message);
        Assert.Null(site.Page(Innkjop).QuerySelector(".page-history"));
    }

    [Fact]
    public void No_history_option_leaves_history_out_without_a_warning()
    {
        using var output = new TempDirectory();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(
            ["build", "--no-history", "--content", history.Programme.Repository.Content, "--templates", RepositoryPaths.Templates,
             "--output", output.Path, "--as-of", "2024-12-31", "--base-url", "https://example.org"], stdout, stderr);

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain(DiagnosticCodes.NoHistory, stderr.ToString());
        Assert.DoesNotContain("page-history", File.ReadAllText(Path.Combine(output.Path, "delprosjekter", "innkjop", "index.html")));
    }

    [Fact]
    public void Two_builds_of_one_commit_from_two_clones_are_byte_identical_history_included()
    {
        using var first = history.Programme.Repository.Clone();
        using var second = history.Programme.Repository.Clone();
        first.Git("checkout", "-q", "--detach", history.Programme.PageEdited);
        second.Git("checkout", "-q", "--detach", history.Programme.PageEdited);

        using var one = new BuiltSite(first.Content, HistorySite.AsOf, history: true);
        using var other = new BuiltSite(second.Content, HistorySite.AsOf, history: true);

        Assert.NotEqual(first.Root, second.Root);
        Assert.Contains("page-history__last", one.Text(Innkjop));
        Assert.Equal(Hashes(one), Hashes(other));
    }

    private static Dictionary<string, string> Hashes(BuiltSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private List<string> Entries(string url) => Entries(history.Site, url);

    private static List<string> Entries(BuiltSite site, string url) =>
        [.. site.Page(url).QuerySelectorAll(".page-history__list li").Select(li => li.TextContent.Trim())];
}
