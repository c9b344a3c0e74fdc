namespace SiteGen.Model;

/// <summary>The programme's time zone: dates of days (today, a commit's day) are as they were in Norway.</summary>
public static class Oslo
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? oslo : TimeZoneInfo.Utc;

    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Zone).DateTime);
}
