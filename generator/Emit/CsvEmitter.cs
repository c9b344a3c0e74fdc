using CsvHelper;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// The open-data tables as CSV files under /data/, one row per item, headers equal to the content keys.
/// RFC 4180: comma-separated, CRLF line endings (the only exception to the site's LF, since RFC 4180 asks for it),
/// fields quoted when they need it. UTF-8 with a BOM: without it Excel, the tool most readers open these in, takes
/// the file for Windows-1252 and garbles æ, ø and å; other CSV readers skip the BOM.
/// </summary>
public static class CsvEmitter
{
    // CsvHelper's defaults are RFC 4180 (comma, CRLF, quoting when needed); only the BOM is asked for.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static IEnumerable<SiteFile> Emit(SiteModel site) =>
        OpenDataTables.Rows(site).Select(t => SiteFile.AtUrl(t.Table.Url, Csv(t.Table, t.Rows)));

    private static byte[] Csv(OpenDataTable table, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return stream.ToArray();
    }
}
