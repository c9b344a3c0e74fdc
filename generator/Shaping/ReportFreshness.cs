using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>How many subprojects have a health; <c>null</c> health counts those whose health is not given.</summary>
public sealed record HealthCount(Health? Health, int Count);

/// <summary>
/// How fresh the newest status report is, for the top of the front page: the newest update of kind report (null when
/// none is published) and whether it is older than the programme's <see cref="Programme.ReportMaxAgeMonths"/>.
/// </summary>
public sealed record ReportFreshness(Update? LatestReport, bool IsOld, int? MaxAgeMonths)
{
    public static ReportFreshness Of(SiteModel model)
    {
        var report = model.Updates.Where(u => u.Kind == UpdateKind.Report).MaxBy(u => u.Date);
        var maxAge = model.Programme.ReportMaxAgeMonths;
        return new ReportFreshness(report, report is not null && maxAge is not null && report.Date.End.AddMonths(maxAge.Value) < model.AsOf, maxAge);
    }

    /// <summary>Subprojects by health, those with a health first in the enum's order, then those without.</summary>
    public static IReadOnlyList<HealthCount> ByHealth(IEnumerable<Subproject> subprojects) =>
        [.. subprojects.GroupBy(s => s.Health).OrderBy(g => g.Key is null).ThenBy(g => g.Key).Select(g => new HealthCount(g.Key, g.Count()))];
}
