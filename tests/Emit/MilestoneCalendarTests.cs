using Ical.Net;
using Ical.Net.CalendarComponents;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Emit;

public class MilestoneCalendarTests(RealSite real) : IClassFixture<RealSite>
{
    private static List<CalendarEvent> Events(BuiltSite site, string url) =>
        [.. Calendar.Load(site.Text(url))!.Events];

    /// <summary>Every milestone with a date: one without a date has no place in a calendar (the tables on the site show it).</summary>
    private IEnumerable<Milestone> AllMilestones =>
        real.Model.Programme.Milestones.Concat(real.Model.Subprojects.SelectMany(s => s.Milestones)).Where(m => m.Date is not null);

    [Fact]
    public void Calendar_has_every_milestone_of_the_content_exactly_once()
    {
        var events = Events(real.Site, SiteUrls.MilestonesCalendar);

        Assert.Equal(AllMilestones.Count(), events.Count);
        Assert.All(AllMilestones, m => Assert.Single(events, e => e.Summary!.StartsWith(m.Title + " (", StringComparison.Ordinal)));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Theory]
    [InlineData("2024-05-22", "2024-05-22", "2024-05-23")]
    [InlineData("2024-06", "2024-06-01", "2024-07-01")]
    [InlineData("2024-Q2", "2024-04-01", "2024-07-01")]
    [InlineData("2024-H1", "2024-01-01", "2024-07-01")]
    [InlineData("2025", "2025-01-01", "2026-01-01")]
    public void Milestone_is_an_all_day_event_spanning_its_whole_period(string date, string start, string endExclusive)
    {
        var milestone = AllMilestones.First(m => m.Date?.Iso == date);

        var e = Events(real.Site, SiteUrls.MilestonesCalendar).Single(e => e.Summary!.StartsWith(milestone.Title + " (", StringComparison.Ordinal));

        Assert.False(e.DtStart!.HasTime);
        Assert.Equal(DateOnly.Parse(start), e.DtStart.Date);
        Assert.Equal(DateOnly.Parse(endExclusive), e.DtEnd!.Date);
    }

    [Fact]
    public void Summary_tells_the_status_in_norwegian()
    {
        var done = AllMilestones.First(m => m.Status == MilestoneStatus.Done);

        Assert.Contains(Events(real.Site, SiteUrls.MilestonesCalendar), e => e.Summary == $"{done.Title} (nådd)");
    }

    [Fact]
    public void Each_subproject_calendar_has_only_that_subprojects_milestones()
    {
        Assert.All(real.Model.Subprojects, subproject => Assert.Equal(
            subproject.Milestones.Where(m => m.Date is not null).Select(m => m.Title).Order(StringComparer.Ordinal),
            Events(real.Site, SiteUrls.SubprojectCalendar(subproject.Slug)).Select(e => e.Summary![..e.Summary!.LastIndexOf(" (", StringComparison.Ordinal)]).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Uids_stay_the_same_in_a_later_build_so_calendar_apps_update_instead_of_duplicating()
    {
        using var later = new BuiltSite(RepositoryPaths.Content, RealSite.AsOf.AddDays(30));

        Assert.Equal(
            Events(real.Site, SiteUrls.MilestonesCalendar).Select(e => e.Uid),
            Events(later, SiteUrls.MilestonesCalendar).Select(e => e.Uid));
    }

    [Fact]
    public void Calendar_lines_end_in_crlf_and_are_folded_at_75_octets()
    {
        var bytes = File.ReadAllBytes(real.Site.FileOf(SiteUrls.MilestonesCalendar));
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n");

        Assert.DoesNotContain(lines, l => l.Contains('\n'));
        Assert.All(lines, l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(lines, l => l.StartsWith("PRODID:-//sitegen//", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("PRODID", StringComparison.Ordinal) && l.Contains(real.Model.Programme.Name));
    }
}
