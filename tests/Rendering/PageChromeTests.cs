using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>What the layout shows around a page is decided by routing: the search field, the breadcrumbs and the tab title.</summary>
public class PageChromeTests
{
    private static readonly IReadOnlyList<Route> Routes = RouteTable.Build(Make.Site([Make.Subproject("a")]), Labels.Strings, [], "https://example.org");

    [Fact]
    public void Every_page_but_the_search_page_has_the_header_search_field()
    {
        Assert.Equal([SiteUrls.Search], Routes.Where(r => r.HeaderSearch is null).Select(r => r.Url));
        Assert.False(Routes.Single(r => r.Url == SiteUrls.Search).SearchField);
    }

    [Fact]
    public void Every_page_but_the_front_page_has_a_breadcrumb_trail()
    {
        Assert.Equal([SiteUrls.Home], Routes.Where(r => r.BreadcrumbTrail is null).Select(r => r.Url));
    }

    [Fact]
    public void The_tab_title_names_the_page_then_the_programme_and_its_organisation_except_on_the_front_page()
    {
        Assert.Equal("Programmet – Kommunen", Routes.Single(r => r.Url == SiteUrls.Home).HeadTitle);
        Assert.Equal("Tittel a – Programmet – Kommunen", Routes.Single(r => r.Url == SiteUrls.Subproject("a")).HeadTitle);
    }

    [Fact]
    public void The_menu_names_exactly_the_sections_that_have_pages_and_marks_where_the_reader_is()
    {
        var withRisks = RouteTable.Build(Make.Site([Make.Subproject("a")], risks: [Make.Risk("R1")]), Labels.Strings, [], "https://example.org");

        Assert.DoesNotContain(Routes, r => r.Url == SiteUrls.Risks);
        Assert.DoesNotContain(Routes[0].Menu, m => m.Url == SiteUrls.Risks);
        Assert.Contains(withRisks[0].Menu, m => m.Url == SiteUrls.Risks);
        Assert.All(withRisks[0].Menu, m => Assert.Contains(withRisks, r => r.Url == m.Url));
        var subproject = Routes.Single(r => r.Url == SiteUrls.Subproject("a"));
        Assert.Equal("true", subproject.Menu.Single(m => m.Url == SiteUrls.Subprojects).Current);
        Assert.Equal("page", Routes.Single(r => r.Url == SiteUrls.Subprojects).Menu.Single(m => m.Url == SiteUrls.Subprojects).Current);
        Assert.Null(subproject.Menu.Single(m => m.Url == SiteUrls.Home).Current);
    }

    [Theory]
    [InlineData(0, "0 meldinger")]
    [InlineData(1, "1 melding")]
    [InlineData(2, "2 meldinger")]
    public void A_count_takes_the_singular_only_for_one(int number, string expected) =>
        Assert.Equal(expected, TemplateFunctions.Count(number, "melding", "meldinger"));

    [Fact]
    public void An_optional_attribute_is_written_escaped_or_left_out()
    {
        Assert.Equal(" aria-current=\"page\"", TemplateFunctions.Attribute("aria-current", "page"));
        Assert.Equal(" title=\"a &quot;b&quot;\"", TemplateFunctions.Attribute("title", "a \"b\""));
        Assert.Equal("", TemplateFunctions.Attribute("aria-current", null));
    }
}
