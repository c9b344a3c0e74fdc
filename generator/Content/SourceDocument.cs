using SiteGen.Diagnostics;
namespace SiteGen.Content;

/// <summary>
/// One content file as read from disk: its YAML (front matter or the whole file) and its Markdown body.
/// <paramref name="YamlLineOffset"/> is added to YamlDotNet's 1-based lines to give lines in the file, and
/// <paramref name="YamlStart"/> to its character indexes to give indexes in <paramref name="Text"/>, the whole file
/// (line ends as \n), kept as one string rather than as lines: located text is found by offset, never copied.
/// </summary>
public sealed record SourceDocument(
    string Path,
    ContentKind Kind,
    string Slug,
    YamlMapping? Data,
    int YamlLineOffset,
    int YamlStart,
    string Body,
    int BodyLine,
    string Text)
{
    /// <summary>An attachment's bytes, published as they are; null for every other kind.</summary>
    public byte[]? Bytes { get; init; }

    public SourceSpan At(YamlValue node) => new(Path, (int)node.Start.Line + YamlLineOffset, (int)node.Start.Column);

    public SourceSpan Start => SourceSpan.AtFile(Path);

    /// <summary>A file whose problem is already reported: it has no data to bind, but it exists.</summary>
    public static SourceDocument Unreadable(string path, ContentKind kind, string slug) => new(path, kind, slug, null, 0, 0, "", 1, "");

    public static SourceDocument Attachment(string path, string name, byte[] bytes) =>
        new(path, ContentKind.Attachment, name, null, 0, 0, "", 1, "") { Bytes = bytes };

    /// <summary>
    /// The column where the text of a block scalar (<c>objective: |</c>) starts: the indentation of the first
    /// non-blank line after the line of its indicator, which YAML puts at <paramref name="yamlIndex"/>.
    /// </summary>
    public int BlockColumn(long yamlIndex)
    {
        var rest = Text.AsSpan((int)Math.Min(YamlStart + yamlIndex, Text.Length));
        var end = rest.IndexOf('\n');
        rest = end < 0 ? [] : rest[(end + 1)..];
        while (!rest.IsEmpty)
        {
            end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (!line.IsWhiteSpace())
            {
                return line.Length - line.TrimStart(' ').Length + 1;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return 1;
    }
}
