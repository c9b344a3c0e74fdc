using SiteGen.Model;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The real site after views moved into C# page models: the same pages, and on each the facts the content holds,
/// read back from the HTML. What the refactor changed on purpose is asserted too: missing facts in one line,
/// empty sections gone from the page and its table of contents, statuses in one order everywhere.
/// </summary>
public class PageModelOutputTests(RealSite fixture) : IClassFixture<RealSite>
{
    private readonly BuiltSite _site = fixture.Site;
    private readonly SiteModel _model = fixture.Model;

    [Fact]
    public void The_site_has_exactly_the_pages_of_the_site_map()
    {
        List<string> expected =
        [
            "/", SiteUrls.Subprojects, SiteUrls.Milestones, SiteUrls.Goals, SiteUrls.Communication, SiteUrls.Updates, SiteUrls.Search, SiteUrls.Data, SiteUrls.NotFound,
            .. _model.Risks.Length > 0 ? [SiteUrls.Risks] : Array.Empty<string>(),
            .. _model.Programme.Sources.Length > 0 ? [SiteUrls.Sources] : Array.Empty<string>(),
            .. _model.Glossary.Length > 0 ? [SiteUrls.Glossary] : Array.Empty<string>(),
            .. _model.Subprojects.Select(s => SiteUrls.Subproject(s.Slug)),
            .. _model.Updates.Select(u => SiteUrls.Update(u.Slug)),
            .. _model.Pages.Select(p => SiteUrls.Page(p.Slug)),
            .. Enum.GetValues<Audience>()
                .Where(a => _model.Programme.CommunicationAudiences.Any(p => p.Audience == a) || _model.Messages.Any(m => m.Audiences.Contains(a)))
                .Select(SiteUrls.Audience),
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), _site.PageUrls);
    }

    [Fact]
    public void Every_subproject_page_shows_its_known_facts_and_names_the_missing_ones_in_one_line()
    {
        foreach (var s in _model.Subprojects)
        {
            var page = _site.Page(SiteUrls.Subproject(s.Slug));
            Assert.Equal(s.Title, page.QuerySelector("h1")!.TextContent);
            var facts = page.QuerySelector("main > dl.facts")!.Children.ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => Whitespace.Normalise(d.QuerySelector("dd")!.TextContent));
            foreach (var (label, value) in new[] { ("Ansvarlig", s.Owner), ("Prosjektleder", s.Lead), ("Styringsgruppe", s.Steering) })
            {
                if (value is null)
                {
                    Assert.False(facts.ContainsKey(label), $"{s.Slug} shows an empty {label}");
                    Assert.Contains(label.ToLowerInvariant(), facts["Ikke oppgitt"]);
                }
                else
                {
                    Assert.Equal(Whitespace.Normalise(value), facts[label]);
                }
            }

            Assert.DoesNotContain("Ikke fastsatt ennå", Whitespace.Normalise(page.QuerySelector("dl.facts")!.TextContent));
        }
    }

    [Fact]
    public void The_table_of_contents_lists_exactly_the_sections_on_the_page()
    {
        foreach (var s in _model.Subprojects)
        {
            var page = _site.Page(SiteUrls.Subproject(s.Slug));
            var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
            var headings = page.QuerySelectorAll("main section > h2[id]").Select(h => h.Id!).Where(id => id != "s-folg").ToList();
            Assert.Equal(headings, toc);
            Assert.Equal(s.Phases.Length > 0, toc.Contains("s-faser"));
            Assert.Equal(s.Milestones.Length > 0, toc.Contains("s-milepaeler"));
            Assert.Equal(s.Objective is { IsEmpty: false }, toc.Contains("s-malet"));
            var notReported = page.QuerySelector("p.not-reported")?.TextContent ?? "";
            Assert.Equal(s.ExpectedResult is null or { IsEmpty: true }, notReported.Contains("forventet resultat"));
        }
    }

    [Fact]
    public void Every_milestone_of_the_programme_is_listed_once_on_the_milestones_page_with_its_subproject()
    {
        var rows = _site.Page(SiteUrls.Milestones).QuerySelectorAll("table.table--milestones tbody tr")
            .Select(r => (Title: r.Children[1].TextContent, Subproject: r.Children[2].QuerySelector("a")?.GetAttribute("href")))
            .ToList();

        var expected = _model.Programme.Milestones.Select(m => (m.Title, (string?)null))
            .Concat(_model.Subprojects.SelectMany(s => s.Milestones.Select(m => (m.Title, (string?)SiteUrls.Subproject(s.Slug)))));
        Assert.Equal(expected.Order(), rows.Order());
    }

    [Fact]
    public void Subprojects_are_grouped_by_status_in_the_one_documented_order_on_the_list_and_the_front_page()
    {
        var topLevel = _model.Subprojects.Where(s => s.Parent is null).ToList();
        var order = StatusOrder.All.Where(status => topLevel.Any(s => s.Status == status)).ToList();

        var headings = _site.Page(SiteUrls.Subprojects).QuerySelectorAll("main h2[id^='status-']").Select(h => h.Id!["status-".Length..]);
        Assert.Equal(order.Select(s => EnumKeys.KeyOf(s)), headings);

        var statusCounts = _site.Page("/").QuerySelectorAll("dl.glance ul.glance__counts")[0].QuerySelectorAll("li");
        var counts = statusCounts.Select(li => int.Parse(Whitespace.Normalise(li.TextContent).Split(' ')[0])).ToList();
        Assert.Equal(order.Select(status => topLevel.Count(s => s.Status == status)), counts);
    }

    [Fact]
    public void Audience_pages_keep_their_addresses_when_a_label_is_reworded()
    {
        using var temp = new TempDirectory();
        var templates = temp.CopyOf(RepositoryPaths.Templates);
        var strings = Path.Combine(templates, "strings.nb.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("    politicians: Politikere", "    politicians: Folkevalgte", StringComparison.Ordinal));

        using var reworded = new BuiltSite(RepositoryPaths.Content, RealSite.AsOf, templatesDirectory: templates);

        Assert.True(reworded.Result.Succeeded, string.Join("\n", reworded.Result.Diagnostics));
        Assert.Equal(_site.PageUrls, reworded.PageUrls);
        Assert.Contains("Folkevalgte", reworded.Page(SiteUrls.Audience(Audience.Politicians)).QuerySelector("h1")!.TextContent);
    }
}
