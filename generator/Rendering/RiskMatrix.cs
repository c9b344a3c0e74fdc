using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Rendering;

/// <summary>A consequence column of the matrix; Name is null for the column of marks that give only a row.</summary>
public sealed record RiskMatrixColumn(RiskKind Group, string? Name);

/// <summary>A side of the matrix as its header shows it: "Risiko/trusler" over Liten … Katastrofe.</summary>
public sealed record RiskMatrixGroup(RiskKind Kind, string Title, IReadOnlyList<RiskMatrixColumn> Columns);

/// <summary>The entries the register marks in one cell.</summary>
public sealed record RiskMatrixCell(RiskMatrixColumn Column, RiskLevel? Level, IReadOnlyList<Risk> Risks)
{
    /// <summary>The ids of the cell's entries, none in an empty cell, which is marked as empty instead.</summary>
    public ItemBlock<IReadOnlyList<Risk>>? Ids => Risks.Count > 0 ? new("partials/risks/cell-ids.sbn", Risks) : null;

    public Block? EmptyMark => Risks.Count == 0 ? Block.Of("risks", "cell-empty") : null;

    /// <summary>The row's level in words, "Stor (25–50 %)", or null for the row of marks without one.</summary>
    public string? LevelText => Level is null ? null : Level.Range is null ? Level.Name : $"{Level.Name} ({Level.Range})";
}

/// <summary>A probability row; Level is null for the row of marks that give only a column.</summary>
public sealed record RiskMatrixRow(RiskLevel? Level, IReadOnlyList<RiskMatrixCell> Cells)
{
    /// <summary>The row's heading: its level with the range where the register gives one, or the line for marks without a level.</summary>
    public ItemBlock<RiskLevel?> Heading => Block.For("risks", Level, (Level is not null, "level"), (true, "no-level"));
}

/// <summary>A cell with something in it, for the list that replaces the grid on narrow screens.</summary>
public sealed record RiskMatrixPlace(string Group, RiskMatrixCell Cell);

/// <summary>
/// The register's own matrix, with its axes and cell names from risks.yml and each entry in the cell or cells the
/// register marks for it. Nothing is computed from the numbers: no scale, no rounding, no severity. A mark that
/// names only a column goes in an extra row, one that names only a row in an extra column of its side.
/// </summary>
public sealed record RiskMatrixView(
    string Probability,
    string Consequence,
    IReadOnlyList<RiskMatrixGroup> Groups,
    IReadOnlyList<RiskMatrixRow> Rows,
    IReadOnlyList<RiskMatrixPlace> Places)
{
    public static RiskMatrixView? Build(RiskMatrixAxes? axes, IReadOnlyList<Risk> risks)
    {
        if (axes is null)
        {
            return null;
        }

        var marks = risks.SelectMany(r => r.Cells.Select(c => (Risk: r, Mark: c))).ToList();
        var groups = axes.Groups.Select(g => new RiskMatrixGroup(g.Kind, g.Title,
        [
            .. g.Columns.Select(c => new RiskMatrixColumn(g.Kind, c)),
            .. marks.Any(m => m.Mark.Group == g.Kind && m.Mark.Column is null) ? [new RiskMatrixColumn(g.Kind, null)] : Array.Empty<RiskMatrixColumn>(),
        ])).ToList();
        var levels = axes.Rows.Cast<RiskLevel?>().Concat(marks.Any(m => m.Mark.Row is null) ? [null] : []).ToList();

        RiskMatrixCell Cell(RiskMatrixColumn column, RiskLevel? level) => new(column, level,
        [
            .. marks.Where(m => m.Mark.Group == column.Group && m.Mark.Column == column.Name && m.Mark.Row == level?.Name)
                .Select(m => m.Risk).Distinct(),
        ]);

        var rows = levels.Select(level => new RiskMatrixRow(level, [.. groups.SelectMany(g => g.Columns).Select(c => Cell(c, level))])).ToList();

        // On a phone the threats come first: they are what a reader looks for.
        var places = groups.OrderBy(g => g.Kind == RiskKind.Risk ? 0 : 1)
            .SelectMany(g => g.Columns.SelectMany(c => rows.Select(r => r.Cells.First(cell => cell.Column == c)))
                .Where(cell => cell.Risks.Count > 0)
                .Select(cell => new RiskMatrixPlace(g.Title, cell)))
            .ToList();
        return new RiskMatrixView(axes.Probability, axes.Consequence, groups, rows, places);
    }

    /// <summary>A mark in words, as the register table shows it: "Risiko/trusler: Kritisk" or "Muligheter: Stor (25–50 %)".</summary>
    public static string Describe(RiskMark mark, RiskMatrixAxes? axes)
    {
        var group = axes?.Groups.FirstOrDefault(g => g.Kind == mark.Group)?.Title;
        var level = axes?.Rows.FirstOrDefault(r => r.Name == mark.Row);
        var row = mark.Row is null ? null : level?.Range is null ? mark.Row : $"{mark.Row} ({level.Range})";
        return $"{group}: {string.Join(", ", new[] { mark.Column, row }.OfType<string>())}";
    }
}
