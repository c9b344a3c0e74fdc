using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// risks.yml: the register's matrix (axes and cell names as the register has them), the labels of its number
/// columns, what it does not describe, and its entries, each placed in the cells the register marks for it.
/// </summary>
public static class RiskBinder
{
    internal static readonly string[] FileKeys = ["source", "matrix", "columns", "not_described", "risks"];
    internal static readonly string[] MatrixKeys = ["probability", "consequence", "rows", "groups"];
    internal static readonly string[] RowKeys = ["name", "range"];
    internal static readonly string[] GroupKeys = ["kind", "title", "columns"];
    internal static readonly string[] ColumnLabelKeys = ["probability", "consequence"];
    internal static readonly string[] Keys = ["id", "kind", "title", "measures", "cells", "probability", "consequence", "owner", "subprojects", "source"];
    internal static readonly string[] CellKeys = ["group", "column", "row"];

    public static (RiskRegister Register, List<Risk> Risks) Bind(SourceDocument document, BindingScope scope)
    {
        var file = new FieldReader(document, document.Data!, scope.Diagnostics, FileKeys);
        var matrix = file.Section("matrix", MatrixKeys) is { } m ? BindMatrix(m) : null;
        var labels = file.Section("columns", ColumnLabelKeys);
        var register = new RiskRegister(matrix, labels?.Text("probability"), labels?.Text("consequence"), file.Markdown("not_described"));

        // An entry that names no source of its own is written from the register's.
        var registerSources = scope.Sources(file);
        var risks = new List<Risk>();
        foreach (var item in file.Items("risks", Keys))
        {
            var id = item.Id("id");
            var kind = item.Enum<RiskKind>("kind", required: true);
            var title = item.Text("title", required: true);
            var cells = item.Items("cells", CellKeys).Select(c => BindMark(c, matrix)).OfType<RiskMark>().ToList();
            var subprojects = scope.Subprojects(item);
            var sources = scope.Sources(item);
            if (id is not null)
            {
                scope.Declarations.Add(new Declaration("risk", id, item.SpanOf("id")));
            }

            if (id is not null && kind is not null && title is not null)
            {
                risks.Add(new Risk(id, kind.Value, title, item.Markdown("measures"), [.. cells], item.Number("probability"), item.Number("consequence"),
                    item.Text("owner"), subprojects, sources.IsEmpty ? registerSources : sources));
            }
        }

        return (register, risks);
    }

    private static RiskMatrixAxes? BindMatrix(FieldReader matrix)
    {
        var probability = matrix.Text("probability", required: true);
        var consequence = matrix.Text("consequence", required: true);
        var rows = matrix.Items("rows", RowKeys)
            .Select(r => (name: r.Text("name", required: true), range: r.Text("range")))
            .Where(r => r.name is not null)
            .Select(r => new RiskLevel(r.name!, r.range))
            .ToList();
        var groups = matrix.Items("groups", GroupKeys)
            .Select(g => (kind: g.Enum<RiskKind>("kind", required: true), title: g.Text("title", required: true), columns: g.TextList("columns")))
            .Where(g => g.kind is not null && g.title is not null)
            .Select(g => new RiskColumnGroup(g.kind!.Value, g.title!, g.columns))
            .ToList();
        return probability is null || consequence is null ? null : new RiskMatrixAxes(probability, consequence, [.. rows], [.. groups]);
    }

    /// <summary>A mark names a side and a column, a row or both, each as the matrix spells it; anything else is reported here.</summary>
    private static RiskMark? BindMark(FieldReader cell, RiskMatrixAxes? matrix)
    {
        var group = cell.Enum<RiskKind>("group", required: true);
        var column = cell.Text("column");
        var row = cell.Text("row");
        if (group is null)
        {
            return null;
        }

        if (column is null && row is null)
        {
            cell.Diagnostics.Error(DiagnosticCodes.MissingField, cell.Span,
                "Skriv hvilken kolonne («column») eller rad («row») registeret markerer, eller begge, for eksempel «{ group: risk, column: Kritisk }».");
            return null;
        }

        if (matrix is null)
        {
            cell.Diagnostics.Error(DiagnosticCodes.UnknownReference, cell.Span,
                "«cells» viser til matrisen, men risks.yml har ingen «matrix». Legg til matrisen med rader og kolonner slik registeret har dem.");
            return null;
        }

        var side = matrix.Groups.FirstOrDefault(g => g.Kind == group);
        var known = Known(cell, "group", EnumKeys.KeyOf(group.Value), side is null ? null : [EnumKeys.KeyOf(group.Value)], matrix.Groups.Select(g => EnumKeys.KeyOf(g.Kind)))
            & (column is null || Known(cell, "column", column, side?.Columns, side?.Columns ?? []))
            & (row is null || Known(cell, "row", row, matrix.Rows.Select(r => r.Name), matrix.Rows.Select(r => r.Name)));
        return known ? new RiskMark(group.Value, column, row) : null;
    }

    private static bool Known(FieldReader cell, string key, string value, IEnumerable<string>? names, IEnumerable<string> allowed)
    {
        if (names is not null && names.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        var list = allowed.ToList();
        var suggestion = Suggestions.Closest(value, list);
        var hint = suggestion is null ? "" : $"Mente du «{suggestion}»? ";
        cell.Diagnostics.Error(DiagnosticCodes.UnknownReference, cell.SpanOf(key),
            $"Matrisen i risks.yml har ingen «{value}» i «{key}». {hint}Skriv den slik matrisen har den: {string.Join(", ", list)}.");
        return false;
    }
}
