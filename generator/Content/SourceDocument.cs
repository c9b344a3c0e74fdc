using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// One content file as read from disk: its YAML (front matter or the whole file) and its Markdown body.
/// <paramref name="YamlLineOffset"/> is added to YamlDotNet's 1-based lines to give lines in the file;
/// <paramref name="Lines"/> are the file's own lines, for locating text inside YAML block scalars.
/// </summary>
public sealed record SourceDocument(
    string Path,
    ContentKind Kind,
    string Slug,
    YamlMappingNode? Data,
    int YamlLineOffset,
    string Body,
    int BodyLine,
    IReadOnlyList<string> Lines)
{
    /// <summary>An attachment's bytes, published as they are; null for every other kind.</summary>
    public byte[]? Bytes { get; init; }

    public SourceSpan At(YamlNode node) => new(Path, (int)node.Start.Line + YamlLineOffset, (int)node.Start.Column);

    public SourceSpan Start => SourceSpan.AtFile(Path);

    /// <summary>A file whose problem is already reported: it has no data to bind, but it exists.</summary>
    public static SourceDocument Unreadable(string path, ContentKind kind, string slug) => new(path, kind, slug, null, 0, "", 1, []);

    public static SourceDocument Attachment(string path, string name, byte[] bytes) =>
        new(path, ContentKind.Attachment, name, null, 0, "", 1, []) { Bytes = bytes };

    /// <summary>The column where the text of a block scalar (<c>objective: |</c>) starts: the indentation of its first non-blank line.</summary>
    public int BlockColumn(int fileLine)
    {
        var first = Lines.Skip(fileLine - 1).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        return first.Length - first.TrimStart(' ').Length + 1;
    }
}
