using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Drafts and items dated after the as-of date stay off the site unless asked for.</summary>
public class PublishingTests
{
    [Fact]
    public void Leaves_out_drafts_and_future_updates_and_includes_them_with_drafts()
    {
        using var content = CopyWithExtraFiles();

        using (var published = new BuiltSite(content.Path, new DateOnly(2008, 6, 1)))
        {
            Assert.Empty(published.Result.Diagnostics);
            Assert.False(published.Exists(SiteUrls.Update("2008-09-01-framtidig")));
            Assert.False(published.Exists(SiteUrls.Subproject("utkast")));
            Assert.True(published.Exists(SiteUrls.Update("2008-05-01-publisert")));
        }

        using var preview = new BuiltSite(content.Path, new DateOnly(2008, 6, 1), drafts: true);
        Assert.True(preview.Exists(SiteUrls.Update("2008-09-01-framtidig")));
        Assert.True(preview.Exists(SiteUrls.Subproject("utkast")));
    }

    private static TempDirectory CopyWithExtraFiles()
    {
        var content = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixture("kvalitetskommune"), "*", SearchOption.AllDirectories))
        {
            var target = content.Combine(Path.GetRelativePath(RepositoryPaths.Fixture("kvalitetskommune"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(content.Combine("updates"));
        File.WriteAllText(content.Combine("updates", "2008-05-01-publisert.md"), "---\ntitle: Publisert\ndate: 2008-05-01\nkind: news\nsource: { id: prosjektplan-2007 }\n---\nTekst.\n");
        File.WriteAllText(content.Combine("updates", "2008-09-01-framtidig.md"), "---\ntitle: Framtidig\ndate: 2008-09-01\nkind: news\nsource: { id: prosjektplan-2007 }\n---\nTekst.\n");
        File.WriteAllText(content.Combine("subprojects", "utkast.md"), "---\ntitle: Utkast\nstatus: planned\nsource: { id: prosjektplan-2007 }\ndraft: true\n---\nTekst.\n");
        return content;
    }
}
