using SiteGen.Model;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Shaping;

/// <summary>A date of a month means some time in that month: on the milestones page it comes after the days of that month.</summary>
public class MilestoneOrderTests
{
    [Fact]
    public void A_milestone_dated_by_month_or_quarter_comes_after_those_dated_by_a_day_within_it()
    {
        var school = Make.Subproject("skole") with
        {
            Milestones = [Planned("Kartlegging i løpet av april", "2024-04"), Planned("Rapport innen kvartalet", "2024-Q2")],
        };
        var purchasing = Make.Subproject("innkjop") with
        {
            Milestones = [Planned("Oppstartsmøte", "2024-04-03"), Planned("Frist for innspill", "2024-04-30"), Planned("Vedtak", "2024-05-02")],
        };
        var site = Make.Site([school, purchasing]);
        var index = new SiteIndex(site);

        var page = new PageShaper(site, index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Labels.Strings).Milestones().Page;

        var quarter = Assert.Single(Assert.Single(page.Years).Periods);
        Assert.Equal(
            ["Oppstartsmøte", "Frist for innspill", "Kartlegging i løpet av april", "Vedtak", "Rapport innen kvartalet"],
            quarter.Items.Select(i => i.Milestone.Title));
    }

    private static Milestone Planned(string title, string date) => new(title, Make.Date(date), MilestoneStatus.Planned, null);
}
