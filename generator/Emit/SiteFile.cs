using System.Text;

namespace SiteGen.Emit;

/// <summary>One file of the finished site, by its path inside the output folder.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Text is written UTF-8 without BOM, with LF line endings.</summary>
    public static SiteFile Text(string path, string text) => new(path, Utf8.GetBytes(text.Replace("\r\n", "\n")));

    /// <summary>A file by the address it is served at: "/data/x.csv" → data/x.csv.</summary>
    public static SiteFile AtUrl(string url, byte[] content) => new(url.TrimStart('/'), content);

    public string Url => "/" + Path;
}
