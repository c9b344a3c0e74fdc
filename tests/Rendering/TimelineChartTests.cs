using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public class TimelineChartTests(RealSite real) : IClassFixture<RealSite>
{
    private static readonly UiStrings Strings = UiStrings.Load(RepositoryPaths.Templates, new DiagnosticBag(), p => p);

    [Fact]
    public void Shows_every_milestone_of_the_programme_with_its_date_and_status_in_words()
    {
        var svg = Render();

        var titles = Parse(svg).QuerySelectorAll("g.milestone > title").Select(t => t.TextContent).ToList();
        var dated = real.Model.Programme.Milestones.Concat(real.Model.Subprojects.SelectMany(s => s.Milestones)).Where(m => m.Date is not null).ToList();
        Assert.Equal(dated.Count, titles.Count);
        foreach (var milestone in dated)
        {
            Assert.Contains($"{milestone.Title} – {milestone.Date!.Norwegian} – {Strings.Label(milestone.Status)}", titles);
        }
    }

    [Fact]
    public void Spans_the_years_of_the_content_not_a_fixed_range()
    {
        var years = Parse(Render()).QuerySelectorAll("text.year").Select(t => int.Parse(t.TextContent)).ToList();
        var dates = real.Model.Subprojects.SelectMany(s => s.Milestones.Select(m => m.Date).Concat([s.Start, s.End]).Concat(s.Phases.SelectMany(p => new[] { p.Start, p.End })))
            .Concat(real.Model.Programme.Milestones.Select(m => m.Date)).OfType<SiteGen.Model.PartialDate>().ToList();

        Assert.Equal(dates.Min(d => d.Start.Year), years.First());
        Assert.Equal(dates.Max(d => d.End.Year), years.Last());
        Assert.Equal(years.Count, years.Distinct().Count());
    }

    [Fact]
    public void Is_an_image_with_a_title_and_description_for_screen_readers_and_a_line_at_the_as_of_date()
    {
        var svg = Parse(Render()).QuerySelector("svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("t-title t-desc", svg.GetAttribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")!.TextContent));
        Assert.Contains("Per 23. november 2026", svg.QuerySelector("g.as-of")!.TextContent);
    }

    [Fact]
    public void Draws_each_milestone_status_with_its_own_shape_in_the_legend()
    {
        var legend = Parse(Render()).QuerySelector("g.legend")!;

        Assert.NotNull(legend.QuerySelector(".milestone--planned circle"));
        Assert.Equal(3, legend.QuerySelectorAll(".milestone--done path, .milestone--delayed path, .milestone--cancelled path").Length);
        Assert.Contains(Strings.Label(SiteGen.Model.MilestoneStatus.Delayed), legend.TextContent);
    }

    [Fact]
    public void Draws_nothing_when_nothing_is_dated() =>
        Assert.Equal("", new TimelineChart(Strings).Render("t", [], [], SiteGen.Model.PartialDate.OfDay(RealSite.AsOf), "x"));

    private string Render() =>
        new TimelineChart(Strings).Render("t", real.Model.Subprojects, real.Model.Programme.Milestones, SiteGen.Model.PartialDate.OfDay(RealSite.AsOf), "Tidslinje");

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string svg) => new HtmlParser().ParseDocument($"<body>{svg}</body>");
}
