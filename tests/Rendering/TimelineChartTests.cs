using AngleSharp.Html.Parser;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public class TimelineChartTests(RealSite real) : IClassFixture<RealSite>
{
    private static readonly UiStrings Strings = Labels.Strings;

    [Fact]
    public void Shows_every_milestone_of_the_programme_with_its_date_and_status_in_words()
    {
        var svg = Render();

        // A marker standing for several milestones close together lists each of them in its title, one per line.
        var tips = Chart(svg).QuerySelectorAll("g.milestone > title").SelectMany(t => t.TextContent.Split('\n')).ToList();
        var dated = real.Model.Programme.Milestones.Concat(real.Model.Subprojects.SelectMany(s => s.Milestones)).Where(m => m.Date is not null).ToList();
        Assert.Equal(dated.Count, tips.Count);
        foreach (var milestone in dated)
        {
            Assert.Contains(tips, t => t.StartsWith($"{milestone.Title} – {milestone.Date!.Norwegian} – {Strings.Label(milestone.Status)}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Spans_the_years_of_the_content_not_a_fixed_range()
    {
        var years = Chart(Render()).QuerySelectorAll("text.year").Select(t => int.Parse(t.TextContent)).ToList();
        var dates = real.Model.Subprojects.SelectMany(s => s.Milestones.Select(m => m.Date).Concat([s.Start, s.End]).Concat(s.Phases.SelectMany(p => new[] { p.Start, p.End })))
            .Concat(real.Model.Programme.Milestones.Select(m => m.Date)).OfType<SiteGen.Model.PartialDate>().ToList();

        Assert.Equal(dates.Min(d => d.Start.Year), years.First());
        Assert.Equal(dates.Max(d => d.End.Year), years.Last());
        Assert.Equal(years.Count, years.Distinct().Count());
    }

    [Fact]
    public void Is_an_image_with_a_title_and_description_for_screen_readers_and_a_line_at_the_as_of_date()
    {
        var svg = Chart(Render());

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("t-title t-desc", svg.GetAttribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")!.TextContent));
        Assert.Contains("Per 23. november 2026", svg.QuerySelector("g.as-of")!.TextContent);
    }

    [Fact]
    public void The_legend_explains_every_bar_colour_and_every_milestone_shape_in_words()
    {
        var legend = Parse(Render()).QuerySelector(".chart-legend")!;

        Assert.NotNull(legend.QuerySelector(".milestone--planned circle"));
        Assert.Equal(3, legend.QuerySelectorAll(".milestone--done path, .milestone--delayed path, .milestone--cancelled path").Length);
        Assert.NotNull(legend.QuerySelector(".milestone--group rect"));
        Assert.NotNull(legend.QuerySelector(".overdue-mark"));
        foreach (var status in Enum.GetValues<SiteGen.Model.SubprojectStatus>())
        {
            Assert.NotNull(legend.QuerySelector($"rect.bar--{SiteGen.Model.EnumKeys.KeyOf(status)}"));
            Assert.Contains(Strings.Label(status), legend.TextContent);
        }

        Assert.Contains(Strings.Label(SiteGen.Model.MilestoneStatus.Delayed), legend.TextContent);
    }

    [Fact]
    public void No_two_different_rows_get_the_same_shortened_label()
    {
        var labels = Chart(Render()).QuerySelectorAll("text.label").Select(l => (Full: l.QuerySelector("title")!.TextContent, Shown: string.Concat(l.ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Data)))).ToList();

        var clashes = labels.GroupBy(l => l.Shown).Where(g => g.Select(l => l.Full).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.True(clashes.Count == 0, "Rows that read the same: " + string.Join(", ", clashes));
        Assert.Contains(labels, l => l.Shown != l.Full);
    }

    [Fact]
    public void Marks_a_planned_milestone_whose_date_has_passed_with_an_exclamation_mark_and_says_why()
    {
        var chart = Chart(Render());
        var overdue = real.Model.Subprojects.SelectMany(s => s.Milestones).First(m => SiteGen.Shaping.Schedule.IsOverdue(m, RealSite.AsOf));

        Assert.NotEmpty(chart.QuerySelectorAll("text.overdue-mark"));
        Assert.Contains(chart.QuerySelectorAll("g.milestone > title"), t => t.TextContent.Contains($"{overdue.Title} – {overdue.Date!.Norwegian} – Planlagt – Dato passert", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_phone_the_same_milestones_are_a_list_by_subproject_with_status_in_words_and_the_as_of_line()
    {
        var list = Parse(Render()).QuerySelector("ol.timeline-list")!;
        var text = Whitespace.Normalise(list.TextContent);

        foreach (var subproject in real.Model.Subprojects)
        {
            Assert.NotNull(list.QuerySelector($"a[href='/delprosjekter/{subproject.Slug}/']"));
            foreach (var milestone in subproject.Milestones.Where(m => m.Date is not null))
            {
                Assert.Contains($"{Whitespace.Normalise(milestone.Title)}: {milestone.Date!.Norwegian} {Strings.Label(milestone.Status)}", text);
            }
        }

        Assert.NotEmpty(list.QuerySelectorAll(".timeline-list__as-of"));
        Assert.All(list.QuerySelectorAll(".timeline-list__as-of"), a => Assert.Equal("Per 23. november 2026", a.TextContent));
    }

    [Fact]
    public void Draws_nothing_when_nothing_is_dated() =>
        Assert.Equal("", new TimelineChart(Strings).Render("t", [], [], SiteGen.Model.PartialDate.OfDay(RealSite.AsOf), "x"));

    private string Render() =>
        new TimelineChart(Strings).Render("t", real.Model.Subprojects, real.Model.Programme.Milestones, SiteGen.Model.PartialDate.OfDay(RealSite.AsOf), "Tidslinje");

    private static AngleSharp.Dom.IElement Chart(string html) => Parse(html).QuerySelector("svg.chart--timeline")!;

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string svg) => new HtmlParser().ParseDocument($"<body>{svg}</body>");
}
