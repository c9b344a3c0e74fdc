using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>One column of an open-data CSV file: its header (the content key) and what it holds, in Norwegian.</summary>
public sealed record OpenDataColumn(string Name, string Description);

/// <summary>One open-data CSV file, as the /data/ page documents it: file name, Norwegian title and columns.</summary>
public sealed record OpenDataTable(string File, string Title, ImmutableArray<OpenDataColumn> Columns)
{
    public string Url => SiteUrls.DataFile(File);
}
