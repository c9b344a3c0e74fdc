using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>What the as-of date says about dated items: what is overdue and what is not published yet.</summary>
public static class Schedule
{
    /// <summary>A milestone still planned after its whole period has passed: reached or not, nobody has said.</summary>
    public static bool IsOverdue(Milestone milestone, DateOnly asOf) =>
        milestone.Status == MilestoneStatus.Planned && milestone.Date is not null && milestone.Date.End < asOf;

    /// <summary>A phase still planned or active after the period of its end date has passed.</summary>
    public static bool IsOverdue(Phase phase, DateOnly asOf) =>
        phase.Status is PhaseStatus.Planned or PhaseStatus.Active && phase.End is not null && phase.End.End < asOf;

    /// <summary>An item dated after the as-of date: shown only in a preview with drafts, marked with the day it will appear.</summary>
    public static bool IsFuture(PartialDate date, DateOnly asOf) => date.Start > asOf;

    /// <summary>Milestones that still lie ahead: planned or delayed, and not over before the as-of date (undated ones count).</summary>
    public static bool IsUpcoming(Milestone milestone, DateOnly asOf) =>
        milestone.Status is MilestoneStatus.Planned or MilestoneStatus.Delayed && (milestone.Date is null || milestone.Date.End >= asOf);
}
