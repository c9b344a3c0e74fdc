using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Model;

/// <summary>
/// A date with the precision its source has: a day, a month, a quarter, a half-year or a year.
/// It spans the whole period on timelines, and sorts by the end of its period: "april 2024" means some time in April,
/// so a milestone dated so comes after those dated 3 and 30 April, and "2024" after everything dated within 2024.
/// </summary>
public sealed partial record PartialDate(DateOnly Start, DateOnly End, DatePrecision Precision) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    // [0-9], not \d: \d also matches Arabic-Indic and fullwidth digits, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?:(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?|Q(?<q>[0-9])|H(?<h>[0-9])))?$")]
    private static partial Regex Pattern();

    public static PartialDate OfDay(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>The month a day falls in.</summary>
    public static PartialDate MonthOf(DateOnly day) => Span(day.Year, day.Month, 1, DatePrecision.Month);

    /// <summary>Parses <c>2024-03-18</c>, <c>2024-06</c>, <c>2024-Q2</c>, <c>2024-H2</c> or <c>2024</c>; null when malformed or impossible.</summary>
    public static PartialDate? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200)
        {
            return null;
        }

        if (match.Groups["q"].Success)
        {
            var quarter = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
            return quarter is < 1 or > 4 ? null : Span(year, (quarter - 1) * 3 + 1, 3, DatePrecision.Quarter);
        }

        if (match.Groups["h"].Success)
        {
            var half = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            return half is < 1 or > 2 ? null : Span(year, (half - 1) * 6 + 1, 6, DatePrecision.HalfYear);
        }

        if (!match.Groups["m"].Success)
        {
            return Span(year, 1, 12, DatePrecision.Year);
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!match.Groups["d"].Success)
        {
            return Span(year, month, 1, DatePrecision.Month);
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day < 1 || day > DateTime.DaysInMonth(year, month) ? null : OfDay(new DateOnly(year, month, day));
    }

    private static PartialDate Span(int year, int firstMonth, int months, DatePrecision precision)
    {
        var start = new DateOnly(year, firstMonth, 1);
        return new PartialDate(start, start.AddMonths(months).AddDays(-1), precision);
    }

    public int Year => Start.Year;

    /// <summary>A day or a month, which HTML's &lt;time datetime&gt; can hold; quarters, half-years and years cannot.</summary>
    public bool IsDayOrMonth => Precision is DatePrecision.Day or DatePrecision.Month;

    public int Quarter => (Start.Month - 1) / 3 + 1;

    /// <summary>How the date reads in Norwegian: "18. mars 2024", "juni 2024", "2. kvartal 2024", "2. halvår 2024", "2024".</summary>
    public string Norwegian => Precision switch
    {
        DatePrecision.Day => $"{Start.Day}. {MonthNames[Start.Month - 1]} {Start.Year}",
        DatePrecision.Month => $"{MonthNames[Start.Month - 1]} {Start.Year}",
        DatePrecision.Quarter => $"{Quarter}. kvartal {Start.Year}",
        DatePrecision.HalfYear => $"{(Start.Month - 1) / 6 + 1}. halvår {Start.Year}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The canonical form, as written in content; also the machine-readable value in HTML and data files.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"{Start.Year}-Q{Quarter}",
        DatePrecision.HalfYear => $"{Start.Year}-H{(Start.Month - 1) / 6 + 1}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Earlier end first; at equal ends the more precise (shorter) period first: 30. juni, juni, 2. kvartal, 1. halvår.</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : other.Start.CompareTo(Start);
    }

    public override string ToString() => Iso;
}
