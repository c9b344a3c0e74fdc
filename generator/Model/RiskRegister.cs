using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// What risks.yml says about its register as a whole: its matrix, the names of its number columns as the register
/// labels them, and which of its risks it does not describe. The generator adds no scale or severity of its own.
/// </summary>
public sealed record RiskRegister(RiskMatrixAxes? Matrix, string? ProbabilityLabel, string? ConsequenceLabel, MarkdownText? NotDescribed);

/// <summary>The matrix as the register draws it: probability rows from the top, and consequence columns in groups.</summary>
public sealed record RiskMatrixAxes(string Probability, string Consequence, ImmutableArray<RiskLevel> Rows, ImmutableArray<RiskColumnGroup> Groups);

/// <summary>A probability row: its name ("Stor") and the range the register gives it ("25–50 %").</summary>
public sealed record RiskLevel(string Name, string? Range);

/// <summary>A group of consequence columns, for risks or for opportunities ("Risiko/trusler": Liten … Katastrofe).</summary>
public sealed record RiskColumnGroup(RiskKind Kind, string Title, ImmutableArray<string> Columns);

/// <summary>
/// Where the register marks an entry: a side of the matrix and a column, a row, or both. A mark that names only a
/// column or only a row is kept as such; the site shows it apart, it is never guessed into a cell.
/// </summary>
public sealed record RiskMark(RiskKind Group, string? Column, string? Row);
