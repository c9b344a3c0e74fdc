using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Shaping;

/// <summary>A programme of hundreds of subprojects: the programme-wide lists move to pages of their own, each of a bounded length.</summary>
public class LongListTests
{
    private static readonly UiStrings Strings = Labels.Strings;

    private static readonly SiteModel Site = Make.Site(Enumerable.Range(1, 450).Select(i =>
        Make.Subproject($"d{i:000}", status: i % 3 == 0 ? SubprojectStatus.Planned : SubprojectStatus.Active) with
        {
            Milestones = [new Milestone("A", Make.Date(i % 2 == 0 ? "2024-Q1" : "2025-05"), MilestoneStatus.Planned, null), new Milestone("B", null, MilestoneStatus.Planned, null)],
            Measures = [new Measure("Tiltak", MeasureStatus.Planned, null, null, null, Money.Exact(1000), null, null, null, null, [])],
        }));

    [Fact]
    public void Subprojects_get_pages_per_status_each_of_at_most_the_page_size()
    {
        var (page, lists) = Shaper().Subprojects();

        Assert.Empty(page.Groups);
        Assert.Equal(["partials/subprojects/status-pages.sbn"], page.Sections.Select(b => b.Partial));
        Assert.Equal([("/delprosjekter/status/active/", 300), ("/delprosjekter/status/planned/", 150)], page.StatusPages.Select(l => (l.Url, l.Count)));
        Assert.Equal(["/delprosjekter/status/active/", "/delprosjekter/status/active/2/", "/delprosjekter/status/planned/"], lists.Select(l => l.Url));
        Assert.All(lists, l => Assert.True(((SubprojectStatusPage)l.Model).Cards.Count <= Paging.MaxItems));
        Assert.Equal(450, lists.Sum(l => ((SubprojectStatusPage)l.Model).Cards.Count));
    }

    [Fact]
    public void Milestones_get_pages_per_year_and_the_overview_leaves_the_chart_to_each_subproject()
    {
        var (page, lists) = Shaper().Milestones();

        Assert.True(page.Condensed);
        Assert.Equal(["calendar", "condensed", "year-pages"], page.Sections.Select(b => Path.GetFileNameWithoutExtension(b.Partial)));
        Assert.Equal("", page.Timeline);
        Assert.Empty(page.PhaseGroups);
        Assert.Equal(["2024", "2025", Strings.Text("milestones.undated")], page.YearPages.Select(l => l.Title));
        Assert.Equal(900, lists.Sum(l => ((MilestoneListPage)l.Model).Periods.Sum(p => p.Items.Count)));
        Assert.Contains(lists, l => l.Url == "/milepaeler/uten-dato/2/");
        Assert.All(lists, l => Assert.True(((MilestoneListPage)l.Model).Periods.Sum(p => p.Items.Count) <= Paging.MaxItems));
    }

    [Fact]
    public void Measures_move_to_their_own_pages_and_the_goals_page_keeps_the_totals()
    {
        var (page, lists) = Shaper().Goals();

        Assert.Empty(page.MeasureRows);
        Assert.True(page.HasMeasures);
        Assert.Equal(450, page.MeasureSummary.Possible.Count);
        Assert.Equal(["/mal-og-gevinster/tiltak/", "/mal-og-gevinster/tiltak/2/", "/mal-og-gevinster/tiltak/3/"], lists.Select(l => l.Url));
    }

    [Fact]
    public void The_front_page_counts_subprojects_by_status_instead_of_showing_every_card()
    {
        var home = Shaper().Home();

        Assert.Empty(home.Cards);
        Assert.True(home.TooManyCards);
        Assert.Equal([300, 150], home.StatusCounts.Select(c => c.Count));
        Assert.Equal("partials/home/too-many-cards.sbn", home.Status.Partial);
    }

    /// <summary>
    /// A preview renders again the pages whose model changed: a subproject's new status must change the pages of its
    /// status, not every page of milestones, measures and gains that lists it by name.
    /// </summary>
    [Fact]
    public void A_new_status_changes_the_pages_of_statuses_and_no_list_that_only_names_the_subproject()
    {
        var withGains = Make.Site(Site.Subprojects.Select(s => s with { Gains = [new Gain(GainType.Time, "Raskere saksbehandling", Money.Exact(500), null)] }));
        var paused = withGains with { Subprojects = [withGains.Subprojects[0] with { Status = SubprojectStatus.Paused }, .. withGains.Subprojects.Skip(1)] };

        var before = ListDigests(withGains);
        var after = ListDigests(paused);

        Assert.Equal(["/delprosjekter/status/active/", "/delprosjekter/status/active/2/", "/delprosjekter/status/paused/"],
            after.Keys.Where(url => before.GetValueOrDefault(url) != after[url]));
        Assert.Contains(after.Keys, url => url.StartsWith(SiteUrls.GainsOfType(GainType.Time), StringComparison.Ordinal));
    }

    private static Dictionary<string, UInt128> ListDigests(SiteModel site)
    {
        var shaper = Shaper(site);
        List<(string Url, PageModel Model)> models =
        [
            .. new[] { shaper.Subprojects().Lists, shaper.Milestones().Lists, shaper.Goals().Lists }.SelectMany(l => l).Select(l => (l.Url, l.Model)),
            (SiteUrls.Goals, shaper.Goals().Page), (SiteUrls.Milestones, shaper.Milestones().Page),
        ];
        return models.ToDictionary(m => m.Url, m => new SiteGen.Build.ModelFingerprint().Of(m.Model));
    }

    private static PageShaper Shaper(SiteModel? site = null)
    {
        site ??= Site;
        var index = new SiteIndex(site);
        return new PageShaper(site, index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Strings);
    }
}
