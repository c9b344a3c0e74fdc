using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Shaping;

/// <summary>Which parts of a page are shown is decided in C#: an empty programme gets its "none" lines, a full one its lists.</summary>
public class PageBlocksTests
{
    private static readonly UiStrings Strings = Labels.Strings;

    [Fact]
    public void The_front_page_of_a_programme_without_subprojects_says_so_and_leaves_out_counts_and_updates()
    {
        var home = Shaper(Make.Site([])).Home();

        Assert.Equal(["glance-report", "glance-next"], home.Glance.Select(Name));
        Assert.Equal("no-subprojects", Name(home.Status));
        Assert.Equal("no-milestones", Name(home.UpcomingList));
        Assert.Empty(home.Latest);
    }

    [Fact]
    public void The_front_page_of_a_running_programme_shows_its_counts_cards_milestones_and_updates()
    {
        var subproject = Make.Subproject("a") with { Milestones = [new Milestone("Vedtak", Make.Date("2024-09"), MilestoneStatus.Planned, null)] };

        var home = Shaper(Make.Site([subproject], updates: [Make.Update("2024-05-01-mai", "2024-05-01", "a")])).Home();

        Assert.Equal(["glance-report", "glance-counts", "glance-next"], home.Glance.Select(Name));
        Assert.Equal("cards", Name(home.Status));
        Assert.Equal("upcoming", Name(home.UpcomingList));
        Assert.Equal(["latest-updates"], home.Latest.Select(Name));
    }

    [Fact]
    public void The_goals_page_without_goals_or_aims_says_so_and_shows_measures_only_when_there_are_some()
    {
        Assert.Equal(["none"], Shaper(Make.Site([])).Goals().Page.Sections.Select(Name));

        var subproject = Make.Subproject("a") with { Measures = [new Measure("Tiltak", MeasureStatus.Planned, null, null, null, Money.Exact(1000), null, null, null, null, [])] };
        Assert.Equal(["none", "measures"], Shaper(Make.Site([subproject])).Goals().Page.Sections.Select(Name));
    }

    [Fact]
    public void Milestone_and_subproject_lists_of_an_empty_programme_say_there_are_none()
    {
        var shaper = Shaper(Make.Site([]));

        Assert.Equal(["none"], shaper.Milestones().Page.Sections.Select(Name));
        Assert.Equal(["none"], shaper.Subprojects().Page.Sections.Select(Name));
        Assert.Equal("none", Name(new UpdatesPage([], Paging.Split(Array.Empty<UpdateItem>(), SiteUrls.Updates)[0].Pager).List));
    }

    [Fact]
    public void The_milestones_page_of_a_small_programme_has_its_calendar_link_chart_phases_and_years()
    {
        var subproject = Make.Subproject("a") with { Milestones = [new Milestone("Vedtak", Make.Date("2024-09"), MilestoneStatus.Planned, null)] };

        Assert.Equal(["calendar", "timeline", "phases", "by-year"], Shaper(Make.Site([subproject])).Milestones().Page.Sections.Select(Name));
    }

    private static string Name(Block block) => Path.GetFileNameWithoutExtension(block.Partial);

    private static PageShaper Shaper(SiteModel site)
    {
        var index = new SiteIndex(site);
        return new PageShaper(site, index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Strings);
    }
}
