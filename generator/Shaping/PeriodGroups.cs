using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>How a part of a year is named: "{0}. kvartal {1}", "{0}. halvår {1}", "I løpet av {0}" (from the UI strings).</summary>
public sealed record PeriodCaptions(string Quarter, string HalfYear, string Year)
{
    public string Of(PeriodPart part, int year) => part.Kind switch
    {
        PeriodKind.Quarter => Quarter.Replace("{0}", part.Number.ToString()).Replace("{1}", year.ToString()),
        PeriodKind.HalfYear => HalfYear.Replace("{0}", part.Number.ToString()).Replace("{1}", year.ToString()),
        _ => Year.Replace("{0}", year.ToString()),
    };
}

public enum PeriodKind { Quarter, HalfYear, Year }

/// <summary>The part of a year a date belongs to: its quarter when it is that precise, else its half-year or the whole year.</summary>
public sealed record PeriodPart(PeriodKind Kind, int Number)
{
    public static PeriodPart Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day or DatePrecision.Month or DatePrecision.Quarter => new(PeriodKind.Quarter, date.Quarter),
        DatePrecision.HalfYear => new(PeriodKind.HalfYear, date.Start.Month <= 6 ? 1 : 2),
        _ => new(PeriodKind.Year, 0),
    };

    /// <summary>
    /// Reading order within a year: a half-year follows the quarters it covers (1. kvartal, 2. kvartal,
    /// 1. halvår, 3. kvartal, 4. kvartal, 2. halvår), and "in the course of the year" comes last.
    /// </summary>
    public int Rank => Kind switch
    {
        PeriodKind.Quarter => Number <= 2 ? Number : Number + 1,
        PeriodKind.HalfYear => Number * 3,
        _ => 7,
    };
}

public sealed record PeriodGroup<T>(PeriodPart Part, string Caption, IReadOnlyList<T> Items);

public sealed record YearGroup<T>(int Year, IReadOnlyList<PeriodGroup<T>> Periods)
{
    public int Count => Periods.Sum(p => p.Items.Count);
}

public static class PeriodGroups
{
    /// <summary>Dated items by year, then by the part of the year their date names; items keep their order within a group.</summary>
    public static IReadOnlyList<YearGroup<T>> ByYear<T>(IEnumerable<T> items, Func<T, PartialDate> dateOf, PeriodCaptions captions) =>
    [
        .. items.GroupBy(i => dateOf(i).Year)
            .OrderBy(year => year.Key)
            .Select(year => new YearGroup<T>(year.Key,
            [
                .. year.GroupBy(i => PeriodPart.Of(dateOf(i)))
                    .OrderBy(part => part.Key.Rank)
                    .Select(part => new PeriodGroup<T>(part.Key, captions.Of(part.Key, year.Key), [.. part])),
            ])),
    ];
}
