using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// One content file as read from disk: its YAML (front matter or the whole file) and its Markdown body.
/// <paramref name="YamlLineOffset"/> is added to YamlDotNet's 1-based lines to give lines in the file.
/// </summary>
public sealed record SourceDocument(
    string Path,
    ContentKind Kind,
    string Slug,
    YamlMappingNode? Data,
    int YamlLineOffset,
    string Body,
    int BodyLine)
{
    public SourceSpan At(YamlNode node) => new(Path, (int)node.Start.Line + YamlLineOffset, (int)node.Start.Column);

    public SourceSpan Start => SourceSpan.AtFile(Path);
}
