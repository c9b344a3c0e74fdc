using System.Collections.Immutable;
using CsvHelper;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// The open-data tables as CSV files under /data/, one row per item, headers equal to the content keys.
/// RFC 4180: comma-separated, CRLF line endings (the only exception to the site's LF, since RFC 4180 asks for it),
/// fields quoted when they need it. UTF-8 with a BOM: without it Excel, the tool most readers open these in, takes
/// the file for Windows-1252 and garbles æ, ø and å; other CSV readers skip the BOM.
/// </summary>
public static partial class CsvEmitter
{
    // CsvHelper's defaults are RFC 4180 (comma, CRLF, quoting when needed); only the BOM is asked for, at a file's start.
    private static readonly CsvWriterOptions FileStart = new() { WriteByteOrderMark = true };
    private static readonly CsvWriterOptions MoreRows = new();

    /// <param name="perSubproject">
    /// Writes a subproject's rows of each table with the function given, or keeps them from a preview session's last
    /// step: at 10,000 subprojects, writing every row again was a seventh of a second of each step that changed a status.
    /// </param>
    /// <param name="whole">Puts each file together from its rows, or keeps it from the last step while they are the same.</param>
    public static IEnumerable<SiteFile> Emit(SiteModel site, SubprojectFile<ImmutableArray<byte[]>>? perSubproject = null, WholeFile? whole = null)
    {
        perSubproject ??= SubprojectFiles.Make<ImmutableArray<byte[]>>;
        whole ??= SubprojectFiles.MakeWhole;
        var ofSubprojects = site.Subprojects.AsParallel().AsOrdered()
            .Select(s => perSubproject(s, () => [.. OpenDataTables.RowsOf(s).Select(rows => Csv(rows, MoreRows))]))
            .ToList();
        return OpenDataTables.Rows(site).Select((t, i) =>
        {
            List<byte[]> parts = [Csv(t.Rows, FileStart, t.Table), .. ofSubprojects.Select(s => s[i])];
            return whole(t.Table.Url, parts, () => SiteFile.AtUrl(t.Table.Url, Joined(parts)));
        });
    }

    private static byte[] Joined(IEnumerable<byte[]> parts)
    {
        using var bytes = new FileBytes();
        foreach (var part in parts)
        {
            bytes.Append(part);
        }

        return bytes.ToArray();
    }

    /// <summary>The rows, after the table's header when it is given.</summary>
    private static byte[] Csv(IEnumerable<IReadOnlyList<string>> rows, CsvWriterOptions options, OpenDataTable? table = null)
    {
        using var bytes = new FileBytes();
        CsvWriter? csv = null;
        if (table is not null)
        {
            csv = CsvWriter.Create(bytes.AsStream(), options);
            csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
        }

        foreach (var row in rows)
        {
            // Most subprojects have no rows in most tables, and need no writer there.
            csv ??= CsvWriter.Create(bytes.AsStream(), options);
            foreach (var cell in row)
            {
                csv.WriteField(Neutralise(cell));
            }

            csv.EndRecord();
        }

        csv?.Dispose();
        return bytes.ToArray();
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a leading
    /// apostrophe, as OWASP recommends for CSV injection; plain numbers such as -12.5 are data, and stay as they are.
    /// </summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell) ? "'" + cell : cell;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();
}
