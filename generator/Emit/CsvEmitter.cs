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
    // CsvHelper's defaults are RFC 4180 (comma, CRLF, quoting when needed); only the BOM is asked for.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static IEnumerable<SiteFile> Emit(SiteModel site) =>
        OpenDataTables.Rows(site).Select(t => SiteFile.AtUrl(t.Table.Url, Csv(t.Table, t.Rows)));

    private static byte[] Csv(OpenDataTable table, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var bytes = new FileBytes();
        using (var csv = CsvWriter.Create(bytes.AsStream(), Options))
        {
            csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Neutralise(cell));
                }

                csv.EndRecord();
            }
        }

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
