using SiteGen.Model;

namespace SiteGen.Shaping;

public sealed record StatusGroup<T>(SubprojectStatus Status, IReadOnlyList<T> Items)
{
    public int Count => Items.Count;
}

/// <summary>
/// The one order in which the site lists subprojects by status, everywhere (front page counts, the subproject
/// list, its pages per status): work going on first, then what is coming, what is held, and what is over.
/// A status missing from this list (a new one) comes after these, in the enum's order.
/// </summary>
public static class StatusOrder
{
    private static readonly SubprojectStatus[] Documented =
        [SubprojectStatus.Active, SubprojectStatus.Planned, SubprojectStatus.Paused, SubprojectStatus.Completed, SubprojectStatus.Stopped];

    public static IReadOnlyList<SubprojectStatus> All { get; } =
        [.. Documented, .. Enum.GetValues<SubprojectStatus>().Except(Documented)];

    public static int RankOf(SubprojectStatus status)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == status)
            {
                return i;
            }
        }

        return All.Count;
    }

    /// <summary>Items grouped by status in the documented order, leaving out statuses nobody has; items keep their order.</summary>
    public static IReadOnlyList<StatusGroup<T>> Group<T>(IEnumerable<T> items, Func<T, SubprojectStatus> statusOf) =>
    [
        .. items.GroupBy(statusOf).OrderBy(g => RankOf(g.Key)).Select(g => new StatusGroup<T>(g.Key, [.. g])),
    ];
}
