using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Markdown as written in content, with where it starts so problems inside it can be located.</summary>
public sealed record MarkdownText(string Source, SourceSpan Origin)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);
}
