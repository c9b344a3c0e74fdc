using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class ScheduleTests
{
    [Theory]
    [InlineData("2024-06-14", MilestoneStatus.Planned, true)]
    [InlineData("2024-06-15", MilestoneStatus.Planned, false)]
    [InlineData("2024-06", MilestoneStatus.Planned, false)] // the month is not over on the 15th
    [InlineData("2024-Q1", MilestoneStatus.Planned, true)]
    [InlineData("2024-H1", MilestoneStatus.Planned, false)]
    [InlineData("2024-01-10", MilestoneStatus.Done, false)]
    [InlineData("2024-01-10", MilestoneStatus.Delayed, false)]
    public void A_planned_milestone_is_overdue_only_once_its_whole_period_has_passed(string date, MilestoneStatus status, bool overdue) =>
        Assert.Equal(overdue, Schedule.IsOverdue(new Milestone("M", Make.Date(date), status, null), Make.AsOf));

    [Fact]
    public void An_undated_milestone_is_never_overdue() =>
        Assert.False(Schedule.IsOverdue(new Milestone("M", null, MilestoneStatus.Planned, null), Make.AsOf));

    [Theory]
    [InlineData(PhaseStatus.Planned, "2024-05", true)]
    [InlineData(PhaseStatus.Active, "2024-Q1", true)]
    [InlineData(PhaseStatus.Active, "2024-Q2", false)]
    [InlineData(PhaseStatus.Completed, "2024-01", false)]
    [InlineData(PhaseStatus.Paused, "2024-01", false)]
    public void A_phase_still_planned_or_active_after_its_end_is_overdue(PhaseStatus status, string end, bool overdue) =>
        Assert.Equal(overdue, Schedule.IsOverdue(new Phase("F", null, Make.Date(end), status), Make.AsOf));

    [Fact]
    public void A_phase_without_a_status_or_an_end_is_not_overdue()
    {
        Assert.False(Schedule.IsOverdue(new Phase("F", null, Make.Date("2023"), null), Make.AsOf));
        Assert.False(Schedule.IsOverdue(new Phase("F", Make.Date("2023"), null, PhaseStatus.Active), Make.AsOf));
    }

    [Theory]
    [InlineData("2024-06-16", true)]
    [InlineData("2024-06-15", false)]
    [InlineData("2024-07", true)]
    [InlineData("2024-06", false)]
    public void Items_dated_after_the_as_of_date_are_future(string date, bool future) =>
        Assert.Equal(future, Schedule.IsFuture(Make.Date(date), Make.AsOf));

    [Fact]
    public void Upcoming_milestones_are_planned_or_delayed_and_not_over()
    {
        Assert.True(Schedule.IsUpcoming(new Milestone("M", Make.Date("2024-06"), MilestoneStatus.Delayed, null), Make.AsOf));
        Assert.True(Schedule.IsUpcoming(new Milestone("M", null, MilestoneStatus.Planned, null), Make.AsOf));
        Assert.False(Schedule.IsUpcoming(new Milestone("M", Make.Date("2024-05"), MilestoneStatus.Planned, null), Make.AsOf));
        Assert.False(Schedule.IsUpcoming(new Milestone("M", Make.Date("2025"), MilestoneStatus.Cancelled, null), Make.AsOf));
    }
}
