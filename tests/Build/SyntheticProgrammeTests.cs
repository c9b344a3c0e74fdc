using SiteGen.Build;
using SiteGen.Tests.Support;
using SyntheticProgramme;

namespace SiteGen.Tests.Build;

/// <summary>
/// The benchmark (bench/compare.py) is only fair if the synthetic programme is valid content that builds every
/// page, is the same for the same seed, and the Hugo site is made of the very same files.
/// </summary>
public sealed class SyntheticProgrammeTests
{
    [Fact]
    public void A_synthetic_programme_builds_with_no_errors_and_a_page_per_subproject_and_update()
    {
        using var folder = new TempDirectory();
        var maker = new ProgrammeMaker(60, seed: 7);
        FolderWriter.Write(folder.Combine("content"), maker.Files());

        var result = SiteBuilder.Build(new BuildOptions(folder.Combine("content"), RepositoryPaths.Templates, folder.Combine("out"), new DateOnly(2026, 6, 30), IncludeDrafts: false, "https://example.org"), write: true);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(File.Exists(folder.Combine("out", "delprosjekter", ProgrammeMaker.SubprojectSlug(60), "index.html")));
        Assert.Equal(maker.UpdateCount, Directory.GetDirectories(folder.Combine("out", "oppdateringer")).Length);
        Assert.InRange(new FileInfo(folder.Combine("content", "subprojects", ProgrammeMaker.SubprojectSlug(1) + ".md")).Length, 3000, 12000);
    }

    [Fact]
    public void The_same_seed_writes_the_same_programme_and_another_seed_another()
    {
        var first = new ProgrammeMaker(20, seed: 1).Files().ToList();

        Assert.Equal(first, new ProgrammeMaker(20, seed: 1).Files().ToList());
        Assert.NotEqual(first, new ProgrammeMaker(20, seed: 2).Files().ToList());
    }

    [Fact]
    public void The_Hugo_site_holds_every_content_file_unchanged_with_its_layouts()
    {
        var content = new ProgrammeMaker(20, seed: 1).Files().ToList();

        var hugo = HugoSite.From(content).ToDictionary(f => f.Path, f => f.Text);

        Assert.Equal(content.Select(f => f.Text).Order(), hugo.Values.Where(content.Select(f => f.Text).Contains).Order());
        Assert.Equal(content.Single(f => f.Path == $"subprojects/{ProgrammeMaker.SubprojectSlug(3)}.md").Text, hugo[$"content/delprosjekter/{ProgrammeMaker.SubprojectSlug(3)}.md"]);
        Assert.Contains("hugo.toml", hugo.Keys);
        Assert.Contains("layouts/delprosjekter/single.html", hugo.Keys);
    }
}
