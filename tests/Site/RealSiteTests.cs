using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

public class RealSiteTests(RealSite fixture) : IClassFixture<RealSite>
{
    private static readonly UiStrings Strings = Labels.Strings;
    private readonly BuiltSite _site = fixture.Site;
    private readonly SiteModel _model = fixture.Model;

    [Fact]
    public void Builds_the_real_content_without_errors_or_warnings() =>
        Assert.Empty(_site.Result.Diagnostics);

    [Fact]
    public void Every_page_speaks_norwegian_and_has_one_h1_a_skip_link_and_a_main_landmark()
    {
        foreach (var url in _site.PageUrls)
        {
            var page = _site.Page(url);
            Assert.True(page.DocumentElement.GetAttribute("lang") == "nb", $"{url} lacks lang=nb");
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{url} must have exactly one h1");
            Assert.True(page.QuerySelector("main#main") is not null, $"{url} has no <main id=main>");
            var skip = page.QuerySelector("a[href='#main']");
            Assert.True(skip is not null, $"{url} has no skip link");
            Assert.True(page.QuerySelector("title")!.TextContent.Trim().Length > 0, $"{url} has an empty title");
        }
    }

    [Fact]
    public void Every_page_shows_the_date_of_the_newest_update_as_last_updated()
    {
        var newest = _model.Updates.Max(u => u.Date)!.Norwegian;
        foreach (var url in _site.PageUrls)
        {
            Assert.Contains($"Sist oppdatert {newest}", Whitespace.Normalise(_site.Page(url).QuerySelector("footer")?.TextContent ?? ""));
        }
    }

    [Fact]
    public void Every_page_except_the_front_page_has_breadcrumbs_back_home()
    {
        foreach (var url in _site.PageUrls.Where(u => u != "/"))
        {
            var crumbs = _site.Page(url).QuerySelector("nav[aria-label='Brødsmulesti']");
            Assert.True(crumbs is not null, $"{url} has no breadcrumbs");
            Assert.Equal("/", crumbs!.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_generated_file()
    {
        var broken = new List<string>();
        foreach (var url in _site.PageUrls)
        {
            foreach (var element in _site.Page(url).QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !_site.Exists(target))
                {
                    broken.Add($"{url} → {target}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void No_page_loads_anything_from_another_host_or_sets_cookies()
    {
        foreach (var url in _site.PageUrls)
        {
            var page = _site.Page(url);
            // A canonical link names the page's own published address; browsers do not fetch it.
            var external = page.QuerySelectorAll("link[href]:not([rel=canonical]), script[src], img[src], iframe, source[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "iframe")
                .Where(t => !t.StartsWith('/') || t.StartsWith("//", StringComparison.Ordinal));
            Assert.Empty(external);
            Assert.DoesNotContain("document.cookie", _site.Text(url));
        }
    }

    [Fact]
    public void Every_subproject_has_a_page_with_its_title_status_people_and_milestones()
    {
        Assert.NotEmpty(_model.Subprojects);
        foreach (var subproject in _model.Subprojects)
        {
            var url = SiteUrls.Subproject(subproject.Slug);
            Assert.True(_site.Exists(url), $"no page for {subproject.Slug}");
            var page = _site.Page(url);
            var text = Whitespace.Normalise(page.Body!.TextContent);
            Assert.Equal(subproject.Title, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(Strings.Label(subproject.Status), text);
            Assert.Contains(Whitespace.Normalise(subproject.Owner ?? "Ikke oppgitt"), text);
            foreach (var milestone in subproject.Milestones)
            {
                Assert.Contains(Whitespace.Normalise(milestone.Title), text);
            }
        }
    }

    [Fact]
    public void A_part_appears_on_its_parents_page_and_links_back_to_it()
    {
        var part = _model.Subprojects.First(s => s.Parent is not null);
        var parentPage = _site.Page(SiteUrls.Subproject(part.Parent!));
        Assert.Contains(parentPage.QuerySelectorAll("a"), a => a.GetAttribute("href") == SiteUrls.Subproject(part.Slug));
        var partPage = _site.Page(SiteUrls.Subproject(part.Slug));
        Assert.Contains(partPage.QuerySelectorAll("a"), a => a.GetAttribute("href") == SiteUrls.Subproject(part.Parent!));
    }

    [Fact]
    public void The_subproject_overview_links_every_subproject()
    {
        var links = _site.Page(SiteUrls.Subprojects).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var subproject in _model.Subprojects)
        {
            Assert.Contains(SiteUrls.Subproject(subproject.Slug), links);
        }
    }

    [Fact]
    public void The_front_page_tells_what_the_programme_is_and_lists_the_top_level_subprojects()
    {
        var home = _site.Page("/");
        Assert.Equal(_model.Programme.Name, home.QuerySelector("h1")!.TextContent.Trim());
        var text = Whitespace.Normalise(home.Body!.TextContent);
        Assert.Contains(Whitespace.Normalise(_model.Programme.Summary)[..60], text);
        foreach (var subproject in _model.Subprojects.Where(s => s.Parent is null))
        {
            Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == SiteUrls.Subproject(subproject.Slug));
        }
    }

    [Fact]
    public void The_risk_page_lists_every_risk_and_opportunity_of_the_register()
    {
        var text = _site.Page(SiteUrls.Risks).QuerySelector("main")!.TextContent;
        foreach (var risk in _model.Risks)
        {
            Assert.Contains(risk.Id, text);
        }
    }

    [Fact]
    public void Updates_are_listed_newest_first_and_each_has_its_own_page()
    {
        var updates = _model.Updates.OrderByDescending(u => u.Date).ToList();
        var listed = _site.Page(SiteUrls.Updates).QuerySelectorAll("main a")
            .Select(a => a.GetAttribute("href"))
            .Where(h => h is not null && h.StartsWith(SiteUrls.Updates, StringComparison.Ordinal) && h != SiteUrls.Updates)
            .Distinct()
            .ToList();
        Assert.Equal(updates.Select(u => SiteUrls.Update(u.Slug)), listed);
        Assert.All(updates, u => Assert.True(_site.Exists(SiteUrls.Update(u.Slug))));
    }

    [Fact]
    public void Free_pages_get_their_own_address()
    {
        foreach (var page in _model.Pages)
        {
            Assert.Equal(page.Title, _site.Page(SiteUrls.Page(page.Slug)).QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public void The_open_data_file_holds_the_whole_programme()
    {
        using var json = System.Text.Json.JsonDocument.Parse(_site.Text("/data/programme.json"));
        Assert.Equal(_model.Programme.Name, json.RootElement.GetProperty("programme").GetProperty("name").GetString());
        Assert.Equal(_model.Subprojects.Length, json.RootElement.GetProperty("subprojects").GetArrayLength());
        Assert.Equal(_model.Risks.Length, json.RootElement.GetProperty("risks").GetArrayLength());
    }

    [Fact]
    public void Sitemap_and_robots_use_absolute_addresses_from_the_base_url()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(_site.Text("/sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://example.org/", locations);
        Assert.All(locations, l => Assert.StartsWith("https://example.org/", l));
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", _site.Text("/robots.txt"));
    }
}
