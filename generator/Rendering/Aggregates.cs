using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// A subproject as a row of a programme-wide list names it: its title and address, and nothing a status edit changes.
/// A row holding the whole subproject made every page of its list (26 pages of gains at 10,000 subprojects) differ
/// from the last preview step whenever the subproject's status did, though none of them shows it.
/// </summary>
public sealed record SubprojectLink(string Title, string Url)
{
    public static SubprojectLink Of(Subproject subproject) => new(subproject.Title, SiteUrls.Subproject(subproject.Slug));
}

/// <summary>A measure with the subproject it comes from, so every number can be traced back.</summary>
public sealed record MeasureRow(Measure Measure, SubprojectLink Subproject);

/// <summary>How many measures have a status and what their estimates add up to (a range when any estimate is a range).</summary>
public sealed record MeasureTotal(MeasureStatus? Status, int Count, int Estimated, Money? Total)
{
    public int WithoutEstimate => Count - Estimated;

    /// <summary>How many have no estimate, when some have none (a note beside the sum).</summary>
    public int? MissingEstimates => WithoutEstimate > 0 ? WithoutEstimate : null;
}

/// <summary>Measures counted and summed per status, and in all for those that are not rejected or found not feasible.</summary>
public sealed record MeasureSummary(IReadOnlyList<MeasureTotal> ByStatus, MeasureTotal Possible);

public sealed record GainRow(Gain Gain, SubprojectLink Subproject);

/// <summary>The gains of one type, with their sum.</summary>
public sealed record GainGroup(GainSum Sum, IReadOnlyList<GainRow> Gains)
{
    public GainType Type => Sum.Type;
}

/// <summary>
/// What a gains table shows of all the gains of its type, also on a page that lists only some of them: what their
/// estimates add up to, and how many have none.
/// </summary>
public sealed record GainSum(GainType Type, Money? Total, int WithoutEstimate)
{
    /// <summary>How many have no estimate, when some have none (a note beside the sum).</summary>
    public int? MissingEstimates => WithoutEstimate > 0 ? WithoutEstimate : null;
}

public sealed record MessageMonth(PartialDate Month, IReadOnlyList<Message> Messages);

/// <summary>Sums and groupings for the goals, gains and communication views, computed once from the model.</summary>
public static class Aggregates
{
    public static IReadOnlyList<MeasureRow> Measures(IEnumerable<Subproject> subprojects) =>
        [.. RowsOf(subprojects, s => s.Measures, (m, link) => new MeasureRow(m, link))];

    /// <summary>The items of each subproject as rows, in order, with one link to the subproject for all of its rows.</summary>
    public static IEnumerable<TRow> RowsOf<TItem, TRow>(IEnumerable<Subproject> subprojects, Func<Subproject, ImmutableArray<TItem>> items, Func<TItem, SubprojectLink, TRow> row) =>
        subprojects.Where(s => items(s).Length > 0).SelectMany(s =>
        {
            var link = SubprojectLink.Of(s);
            return items(s).Select(item => row(item, link));
        });

    public static IReadOnlyList<MeasureTotal> MeasureTotals(IReadOnlyList<MeasureRow> rows) =>
    [
        .. rows.GroupBy(r => r.Measure.Status)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key.Value)
            .Select(g => new MeasureTotal(g.Key, g.Count(), g.Count(r => r.Measure.Estimate is not null), Sum(g.Select(r => r.Measure.Estimate)))),
    ];

    public static MeasureSummary Summary(IReadOnlyList<MeasureRow> rows) => new(MeasureTotals(rows), PossibleTotal(rows));

    /// <summary>The measures that are or may still be carried out: rejected and not feasible ones save nothing.</summary>
    public static MeasureTotal PossibleTotal(IReadOnlyList<MeasureRow> rows)
    {
        var possible = rows.Where(r => r.Measure.Status is not (MeasureStatus.Rejected or MeasureStatus.NotFeasible)).ToList();
        return new MeasureTotal(null, possible.Count, possible.Count(r => r.Measure.Estimate is not null), Sum(possible.Select(r => r.Measure.Estimate)));
    }

    public static Money? Sum(IEnumerable<Money?> amounts)
    {
        var known = amounts.OfType<Money>().ToList();
        return known.Count == 0 ? null : known.Aggregate((a, b) => a + b);
    }

    public static IReadOnlyList<GainGroup> GainsByType(IEnumerable<Subproject> subprojects)
    {
        var rows = RowsOf(subprojects, s => s.Gains, (g, link) => new GainRow(g, link)).ToList();
        return
        [
            .. Enum.GetValues<GainType>()
                .Select(type => rows.Where(r => r.Gain.Type == type).ToList())
                .Where(group => group.Count > 0)
                .Select(group => new GainGroup(new GainSum(group[0].Gain.Type, Sum(group.Select(r => r.Gain.Estimate)), group.Count(r => r.Gain.Estimate is null)), group)),
        ];
    }

    public static IReadOnlyList<MessageMonth> MessagesByMonth(IEnumerable<Message> messages) =>
    [
        .. messages.GroupBy(m => PartialDate.MonthOf(m.Date.Start))
            .OrderBy(g => g.Key)
            .Select(g => new MessageMonth(g.Key, [.. g])),
    ];
}
