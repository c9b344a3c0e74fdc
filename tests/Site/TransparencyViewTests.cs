using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The views of step 3 read from the built HTML and checked against the content they come from.</summary>
public class TransparencyViewTests(RealSite fixture) : IClassFixture<RealSite>
{
    private static readonly UiStrings Strings = Labels.Strings;
    private readonly BuiltSite _site = fixture.Site;
    private readonly SiteModel _model = fixture.Model;

    [Fact]
    public void The_risk_page_shows_the_registers_own_axes_and_each_entry_in_every_cell_it_is_marked_in()
    {
        var page = _site.Page(SiteUrls.Risks);
        var table = page.QuerySelector("table.risk-matrix")!;
        var headers = table.QuerySelectorAll("thead tr:last-child th").Select(th => th.TextContent.Trim()).ToList();
        var rows = table.QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(["Muligheter", "Risiko/trusler"], table.QuerySelectorAll("thead th[scope=colgroup]").Select(th => th.ChildNodes[0].TextContent.Trim()));
        Assert.Equal(["Veldig stor", "Stor", "Middels", "Kritisk", "Katastrofe"], headers.Intersect(["Veldig stor", "Stor", "Middels", "Kritisk", "Katastrofe"]));
        Assert.StartsWith("Tilnærmet usannsynlig", rows[4].QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("< 1 %", rows[4].QuerySelector("th")!.TextContent);
        Assert.DoesNotContain("risiko", page.QuerySelector(".risk-cell")!.ClassName!.Replace("risk-cell--risk", "").Replace("risk-cell", ""));
        foreach (var risk in _model.Risks)
        {
            var cells = rows.SelectMany(r => r.QuerySelectorAll("td")).Where(td => td.QuerySelectorAll("a").Any(a => a.TextContent == risk.Id)).ToList();
            Assert.Equal(risk.Cells.Length, cells.Count);
            Assert.NotNull(page.GetElementById(risk.Anchor));
        }

        var list = page.QuerySelectorAll(".risk-matrix-list li").Select(li => Whitespace.Normalise(li.TextContent)).ToList();
        Assert.StartsWith("R11, R20 Risiko/trusler", list[0]);
        Assert.Contains(list, l => l.StartsWith("M2, M3 Muligheter", StringComparison.Ordinal) && l.Contains("Stor (25–50 %)"));
        Assert.Contains("R4–R8", page.QuerySelector("#s-register")!.ParentElement!.TextContent);
        Assert.DoesNotContain("skala", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_timeline_page_has_an_accessible_chart_and_a_table_with_every_milestone()
    {
        var main = _site.Page(SiteUrls.Milestones).QuerySelector("main")!;
        var svg = main.QuerySelector("svg[role='img']")!;
        Assert.Contains("chart--timeline", svg.ClassName);
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        var markers = svg.QuerySelectorAll("g.milestone > title").SelectMany(t => t.TextContent.Split('\n')).ToList();
        var tableText = string.Join(" ", main.QuerySelectorAll("table").Select(t => t.TextContent));
        foreach (var milestone in _model.Programme.Milestones.Concat(_model.Subprojects.SelectMany(s => s.Milestones)))
        {
            Assert.Contains(milestone.Title, tableText);
            if (milestone.Date is not null)
            {
                Assert.Contains(markers, m => m.StartsWith(milestone.Title + " – " + milestone.Date.Norwegian, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void A_subproject_page_has_its_own_timeline_and_lists_its_risks()
    {
        foreach (var subproject in _model.Subprojects.Where(s => s.Milestones.Any(m => m.Date is not null)))
        {
            var page = _site.Page(SiteUrls.Subproject(subproject.Slug));
            Assert.NotNull(page.QuerySelector("main svg[role='img']"));
        }

        foreach (var risk in _model.Risks.Where(r => r.Subprojects.Length > 0))
        {
            var text = _site.Page(SiteUrls.Subproject(risk.Subprojects[0])).QuerySelector("main")!.TextContent;
            Assert.Contains(risk.Id, text);
        }
    }

    [Fact]
    public void The_goals_page_shows_every_goal_with_its_target_and_the_savings_per_status()
    {
        var main = _site.Page(SiteUrls.Goals).QuerySelector("main")!;
        var text = Whitespace.Normalise(main.TextContent);
        foreach (var goal in _model.Programme.Goals)
        {
            Assert.Contains(goal.Title, text);
            Assert.Contains(Whitespace.Normalise(NorwegianFormat.Number(goal.Target)), text);
        }

        var totals = Aggregates.MeasureTotals(Aggregates.Measures(_model.Subprojects));
        var table = Whitespace.Normalise(main.QuerySelector("table.table--totals")!.TextContent);
        foreach (var total in totals.Where(t => t.Total is not null))
        {
            Assert.Contains(Whitespace.Normalise(NorwegianFormat.Money(total.Total!)), table);
        }
    }

    [Fact]
    public void Every_measure_with_an_estimate_is_traceable_to_its_subproject_on_the_goals_page()
    {
        var rows = _site.Page(SiteUrls.Goals).QuerySelectorAll("table.table--all-measures tbody tr").ToList();
        foreach (var (measure, subproject) in _model.Subprojects.SelectMany(s => s.Measures.Where(m => m.Estimate is not null).Select(m => (m, s))))
        {
            Assert.Contains(rows, tr => tr.TextContent.Contains(measure.Title, StringComparison.Ordinal)
                && tr.QuerySelectorAll("a").Any(a => a.GetAttribute("href")!.StartsWith(SiteUrls.Subproject(subproject.Slug), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_communication_plan_shows_every_message_and_each_audience_has_a_page_with_its_messages()
    {
        var plan = _site.Page(SiteUrls.Communication).QuerySelector("main")!;
        foreach (var message in _model.Messages)
        {
            Assert.Contains(message.Title, plan.TextContent);
            foreach (var audience in message.Audiences)
            {
                var link = plan.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent.Trim() == Strings.Label(audience));
                Assert.NotNull(link);
                Assert.Contains(message.Title, _site.Page(link!.GetAttribute("href")!).QuerySelector("main")!.TextContent);
            }

            if (message.Status == MessageStatus.Published && message.Update is not null)
            {
                Assert.Contains(plan.QuerySelectorAll("a"), a => a.GetAttribute("href") == SiteUrls.Update(message.Update));
            }
        }
    }

    [Fact]
    public void The_open_data_page_links_every_file_and_documents_every_column()
    {
        var main = _site.Page(SiteUrls.Data).QuerySelector("main")!;
        var links = main.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        var codes = main.QuerySelectorAll("code").Select(c => c.TextContent.Trim()).ToHashSet();
        Assert.Contains("/data/programme.json", links);
        foreach (var table in OpenDataTables.All)
        {
            Assert.Contains(table.Url, links);
            Assert.True(_site.Exists(table.Url), $"{table.Url} is linked but not written");
            Assert.All(table.Columns, c => Assert.Contains(c.Name, codes));
        }
    }

    [Fact]
    public void Every_page_has_a_search_field_and_the_search_page_lists_every_page_without_javascript()
    {
        foreach (var url in _site.PageUrls)
        {
            var form = _site.Page(url).QuerySelector("form[action='/sok/']");
            Assert.True(form?.QuerySelector("input[name='q']") is not null, $"{url} has no search field");
        }

        var listed = _site.Page(SiteUrls.Search).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var url in _site.PageUrls.Where(u => u.EndsWith('/') && u != SiteUrls.Search))
        {
            Assert.Contains(url, listed);
        }
    }
}
