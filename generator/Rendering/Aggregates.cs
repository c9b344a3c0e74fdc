using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>A measure with the subproject it comes from, so every number can be traced back.</summary>
public sealed record MeasureRow(Measure Measure, Subproject Subproject);

/// <summary>How many measures have a status and what their estimates add up to (a range when any estimate is a range).</summary>
public sealed record MeasureTotal(MeasureStatus? Status, int Count, int Estimated, Money? Total)
{
    public int WithoutEstimate => Count - Estimated;

    /// <summary>How many have no estimate, when some have none (a note beside the sum).</summary>
    public int? MissingEstimates => WithoutEstimate > 0 ? WithoutEstimate : null;
}

/// <summary>Measures counted and summed per status, and in all for those that are not rejected or found not feasible.</summary>
public sealed record MeasureSummary(IReadOnlyList<MeasureTotal> ByStatus, MeasureTotal Possible);

public sealed record GainRow(Gain Gain, Subproject Subproject);

public sealed record GainGroup(GainType Type, IReadOnlyList<GainRow> Gains, Money? Total)
{
    public int WithoutEstimate => Gains.Count(r => r.Gain.Estimate is null);

    /// <summary>How many have no estimate, when some have none (a note beside the sum).</summary>
    public int? MissingEstimates => WithoutEstimate > 0 ? WithoutEstimate : null;
}

public sealed record MessageMonth(PartialDate Month, IReadOnlyList<Message> Messages);

/// <summary>Sums and groupings for the goals, gains and communication views, computed once from the model.</summary>
public static class Aggregates
{
    public static IReadOnlyList<MeasureRow> Measures(IEnumerable<Subproject> subprojects) =>
        [.. subprojects.SelectMany(s => s.Measures.Select(m => new MeasureRow(m, s)))];

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
        var rows = subprojects.SelectMany(s => s.Gains.Select(g => new GainRow(g, s))).ToList();
        return
        [
            .. Enum.GetValues<GainType>()
                .Select(type => rows.Where(r => r.Gain.Type == type).ToList())
                .Where(group => group.Count > 0)
                .Select(group => new GainGroup(group[0].Gain.Type, group, Sum(group.Select(r => r.Gain.Estimate)))),
        ];
    }

    public static IReadOnlyList<MessageMonth> MessagesByMonth(IEnumerable<Message> messages) =>
    [
        .. messages.GroupBy(m => PartialDate.MonthOf(m.Date.Start))
            .OrderBy(g => g.Key)
            .Select(g => new MessageMonth(g.Key, [.. g])),
    ];
}
