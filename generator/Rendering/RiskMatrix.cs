using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>One cell of the matrix: the ids placed in it and how severe the cell is, as a key for words and colour.</summary>
public sealed record RiskCell(RiskKind Kind, int Column, IReadOnlyList<Risk> Risks, string Severity);

/// <summary>One probability band (row) of the matrix, from "veldig stor" at the top down to "tilnærmet usannsynlig".</summary>
public sealed record RiskBand(int Level, IReadOnlyList<RiskCell> Cells)
{
    /// <summary>The band's key in the UI strings (risks.bands, risks.band_ranges).</summary>
    public string Key => Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The register's own matrix: five probability bands by four consequence columns for opportunities
/// (veldig stor … liten) and four for risks (liten … katastrofe). Scores on the 1–5 scale are placed by
/// rounding probability down to its band and splitting consequence 1–5 into four equal intervals.
/// </summary>
public static class RiskMatrix
{
    public const int Bands = 5;
    public const int Columns = 4;

    public static IReadOnlyList<RiskBand> Build(IReadOnlyList<Risk> risks) =>
    [
        .. Enumerable.Range(1, Bands).Reverse().Select(band => new RiskBand(band,
        [
            // Opportunities read from the largest consequence on the left towards the middle, as in the register.
            .. Enumerable.Range(1, Columns).Reverse().Select(column => Cell(risks, RiskKind.Opportunity, band, column)),
            .. Enumerable.Range(1, Columns).Select(column => Cell(risks, RiskKind.Risk, band, column)),
        ])),
    ];

    public static int BandOf(decimal probability) => Math.Clamp((int)Math.Floor(probability), 1, Bands);

    public static int ColumnOf(decimal consequence) => Math.Clamp((int)Math.Floor(consequence), 1, Columns);

    private static RiskCell Cell(IReadOnlyList<Risk> risks, RiskKind kind, int band, int column) =>
        new(kind, column, [.. risks.Where(r => r.Kind == kind && BandOf(r.Probability) == band && ColumnOf(r.Consequence) == column)], SeverityOf(kind, band, column));

    /// <summary>Low, medium or high by probability × consequence, the usual traffic-light reading of such a matrix.</summary>
    private static string SeverityOf(RiskKind kind, int band, int column)
    {
        var score = band * column;
        var level = score >= 12 ? "high" : score >= 6 ? "medium" : "low";
        return kind == RiskKind.Opportunity ? "opportunity_" + level : level;
    }
}
