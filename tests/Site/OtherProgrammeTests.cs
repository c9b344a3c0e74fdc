using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>A different programme, from another municipality, builds by changing content only.</summary>
public class OtherProgrammeTests
{
    private static readonly DateOnly AsOf = new(2008, 6, 1);

    [Fact]
    public void Builds_a_different_programme_with_its_own_name_and_nothing_of_levanger_3_0()
    {
        using var site = new BuiltSite(RepositoryPaths.Fixture("kvalitetskommune"), AsOf);

        Assert.Empty(site.Result.Diagnostics);
        var home = site.Page("/");
        Assert.Equal("Kvalitetskommuneprogrammet", home.QuerySelector("h1")!.TextContent.Trim());
        foreach (var url in site.PageUrls)
        {
            Assert.DoesNotContain("Levanger 3.0", site.Text(url));
        }
    }

    [Fact]
    public void Leaves_out_the_risk_page_and_its_menu_item_when_the_programme_has_no_register()
    {
        using var site = new BuiltSite(RepositoryPaths.Fixture("kvalitetskommune"), AsOf);

        Assert.False(site.Exists(SiteUrls.Risks));
        Assert.DoesNotContain(site.Page("/").QuerySelectorAll("a"), a => a.GetAttribute("href") == SiteUrls.Risks);
    }

    [Fact]
    public void Lists_every_milestone_of_the_programme_on_the_timeline_page()
    {
        using var site = new BuiltSite(RepositoryPaths.Fixture("kvalitetskommune"), AsOf);

        var text = site.Page(SiteUrls.Milestones).QuerySelector("main")!.TextContent;
        Assert.Contains("Prosjektplanene godkjent", text);
        Assert.Contains("Prosjektplan med mål og tiltak", text);
        Assert.Contains("Konstituering av styringsgruppa etter valget", text);
        Assert.Contains("2. halvår 2007", text);
    }
}
