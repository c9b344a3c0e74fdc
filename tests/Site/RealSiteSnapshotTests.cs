using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The real site, built in-process from content/ and templates/ as of <see cref="RealSite.AsOf"/> and without git
/// history (both would change the output with the calendar and with every commit), is compared file by file with
/// the snapshot in tests/Site/RealSiteSnapshot/, which is the same as
/// <c>build --as-of 2026-11-23 --no-history --base-url https://example.org</c> writes. Anyone who changes the
/// generator, a template or a UI string sees here which pages of the real site changed and how; a change to the
/// content changes the snapshot too, and is accepted in the same commit.
/// <para>
/// Form: the 40 HTML pages (640 KB; the generator writes about one element a line, so a git diff reads well) and the
/// CSV, iCalendar, Atom, sitemap and robots files (80 KB) are kept whole, 83 files; the other 771 files (the JSON
/// export, the search index with its 767 word shards, assets that are copies of templates/assets) are one SHA-256
/// line each (65 KB), which says which one changed without storing 300 KB more in 770 files that no one would read.
/// 786 KB in 84 files, about 140 KB gzipped (measured 26 November 2026).
/// </para>
/// <para>
/// To accept an intended change: <c>SITEGEN_ACCEPT_SNAPSHOT=1 dotnet test --filter RealSiteSnapshotTests</c>
/// rewrites the snapshot, then review it with <c>git diff tests/Site/RealSiteSnapshot</c>. With <c>CI=true</c> the
/// variable is ignored, so a CI run only ever compares.
/// </para>
/// </summary>
public class RealSiteSnapshotTests(RealSite fixture) : IClassFixture<RealSite>
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Site", "RealSiteSnapshot");
    private const string AcceptVariable = "SITEGEN_ACCEPT_SNAPSHOT";

    [Fact]
    public void The_real_site_is_the_one_in_the_snapshot()
    {
        var actual = SiteSnapshot.Of(fixture.Site.Output);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var ci = Environment.GetEnvironmentVariable("CI") is "true" or "1";
        if (accept && !ci)
        {
            actual.Write(Folder);
        }

        var report = SnapshotReport.Describe(SiteSnapshot.Read(Folder), actual);
        Assert.True(
            report is null,
            $"The real site's output differs from the snapshot in tests/Site/RealSiteSnapshot: {report}\n"
            + "If the change is intended, accept it and commit the snapshot with the change that caused it:\n"
            + $"  {AcceptVariable}=1 dotnet test --filter RealSiteSnapshotTests\n"
            + "then read `git diff tests/Site/RealSiteSnapshot` as a reviewer will."
            + (accept && ci ? $"\n{AcceptVariable} was ignored because CI is set: CI only compares." : ""));
    }

    [Fact]
    public void A_reworded_ui_string_fails_naming_every_page_with_its_line_before_and_after()
    {
        using var temp = new TempDirectory();
        var templates = temp.CopyOf(RepositoryPaths.Templates);
        var strings = Path.Combine(templates, "strings.nb.yml");
        var skipLink = File.ReadLines(strings).Single(l => l.StartsWith("skip_link: ", StringComparison.Ordinal));
        File.WriteAllText(strings, File.ReadAllText(strings).Replace(skipLink, skipLink + " nå", StringComparison.Ordinal));

        var report = ReportOn(RepositoryPaths.Content, templates);

        Assert.Contains($"{fixture.Site.PageUrls.Count} changed, 0 added, 0 removed.", report);
        var label = Regex.Escape(skipLink["skip_link: ".Length..]);
        Assert.Matches($"\\n  - .*>{label}<", report);
        Assert.Matches($"\\n  \\+ .*>{label} nå<", report);
    }

    [Fact]
    public void An_edited_subproject_fails_naming_its_page_and_the_search_files_with_the_new_text()
    {
        using var temp = new TempDirectory();
        var content = temp.CopyOf(RepositoryPaths.Content);
        var file = Directory.EnumerateFiles(Path.Combine(content, "subprojects"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\nEt nytt avsnitt.\n");

        var report = ReportOn(content, RepositoryPaths.Templates);

        Assert.Contains($"  changed  delprosjekter/{Path.GetFileNameWithoutExtension(file)}/index.html\n", report);
        Assert.Contains("  changed  sok/", report);
        Assert.Contains("  + <p>Et nytt avsnitt.</p>", report);
        Assert.DoesNotContain("changed  om/index.html", report);
    }

    [Fact]
    public void No_file_of_the_real_site_holds_a_path_of_the_machine_that_built_it()
    {
        var machinePaths = new[] { RepositoryPaths.Root, Path.GetTempPath().TrimEnd('/', '\\') };
        foreach (var file in Directory.EnumerateFiles(fixture.Site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var found = machinePaths.FirstOrDefault(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            Assert.True(found is null, $"{Path.GetRelativePath(fixture.Site.Output, file)} contains the machine path {found}");
        }
    }

    private static string ReportOn(string content, string templates)
    {
        using var site = new BuiltSite(content, RealSite.AsOf, templatesDirectory: templates);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        return SnapshotReport.Describe(SiteSnapshot.Read(Folder), SiteSnapshot.Of(site.Output)) ?? "";
    }
}
