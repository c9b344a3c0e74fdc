using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;

namespace SiteGen.Markdown;

/// <summary>
/// The one Markdig pipeline of the site. Raw HTML is disabled (it shows as text), unsafe constructs are
/// reported, and headings are shifted so content never adds a second h1 to a page.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .UseEmphasisExtras()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|style|form)\b|\bon[a-z]+\s*=\s*[""'{]", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();

    /// <summary>Renders to HTML; internal links found are checked against <paramref name="knownUrls"/>.</summary>
    public string Render(MarkdownText text, int topHeadingLevel, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        ReportUnsafeSource(text, diagnostics);
        var document = Parse(text, diagnostics);
        if (document is null)
        {
            return "";
        }

        ShiftHeadings(document, topHeadingLevel);
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            CheckDefinition(text, definition, diagnostics);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            CheckLink(text, link, knownUrls, diagnostics);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            CheckAutolink(text, autolink, diagnostics);
        }

        // A wide table scrolls inside its own box on a phone; the box takes focus so keyboard users can scroll it too.
        return Markdig.Markdown.ToHtml(document, _pipeline).Trim()
            .Replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    /// <summary>
    /// Markdig refuses input nested deeper than its limit (a thousand '>' or '[' in a row) by throwing; that is a
    /// mistake in the text, reported where the text starts, and the rest of the build goes on.
    /// </summary>
    private MarkdownDocument? Parse(MarkdownText text, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(text.Source, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.NestedTooDeep, text.Origin,
                "Teksten er nøstet for dypt (for mange «>», lister i lister eller klammer inni hverandre). Skriv den flatere.");
            return null;
        }
    }

    private static void ReportUnsafeSource(MarkdownText text, DiagnosticBag diagnostics)
    {
        // A match in a line is a match in the whole text (a line break is no word character), so a text with none,
        // nearly every one, is not split into lines: that made a tenth of what rendering Markdown allocated.
        if (!Unsafe().IsMatch(text.Source))
        {
            return;
        }

        var lines = text.Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Unsafe().Matches(lines[i]))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeHtml, At(text, i, match.Index),
                    $"«{match.Value.Trim()}» er ikke tillatt i teksten (skript, innebygde rammer og hendelser kan lure leserne). Fjern det; skriv vanlig tekst og lenker i Markdown.");
            }
        }
    }

    /// <summary>A 0-based line and column inside the text as a place in the file, shifted by the text's indentation there.</summary>
    private static SourceSpan At(MarkdownText text, int line, int column) =>
        new(text.Origin.File, text.Origin.Line + line, text.Origin.Column + column);

    private static void ShiftHeadings(MarkdownDocument document, int topHeadingLevel)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var shift = Math.Max(0, topHeadingLevel - headings.Min(h => h.Level));
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, heading.Level + shift);
        }
    }

    private static void CheckDefinition(MarkdownText text, LinkReferenceDefinition definition, DiagnosticBag diagnostics)
    {
        if (!SafeUrl.IsSafe(definition.Url ?? ""))
        {
            ReportUnsafeUrl(text, At(text, definition.UrlSpan.IsEmpty ? definition.Span.Start : definition.UrlSpan.Start), definition.Url ?? "", diagnostics);
        }
    }

    /// <summary><c>&lt;scheme:…&gt;</c>: an unsafe one becomes its text.</summary>
    private static void CheckAutolink(MarkdownText text, AutolinkInline autolink, DiagnosticBag diagnostics)
    {
        if (!autolink.IsEmail && !SafeUrl.IsSafe(autolink.Url))
        {
            ReportUnsafeUrl(text, At(text, autolink.Line, autolink.Column), autolink.Url, diagnostics);
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    private static void ReportUnsafeUrl(MarkdownText text, SourceSpan at, string url, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnsafeUrl, at, $"Lenken «{url}» kan ikke brukes, og blir vist som tekst. {SafeUrl.Advice}");

    /// <summary>A link that may not be followed keeps its text (an image its description) and loses the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    /// <summary>A character offset inside the text as a place in the file.</summary>
    private static SourceSpan At(MarkdownText text, int offset)
    {
        var before = text.Source.AsSpan(0, Math.Clamp(offset, 0, text.Source.Length));
        var line = before.Count('\n');
        return At(text, line, before.Length - (before.LastIndexOf('\n') + 1));
    }

    private static void CheckLink(MarkdownText text, LinkInline link, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        var span = At(text, link.Line, link.Column);
        var url = link.Url ?? "";
        if (link.IsImage && !link.Any())
        {
            diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, span,
                "Bildet mangler alternativ tekst. Beskriv bildet mellom hakeparentesene: ![Hva bildet viser](bilde.png).");
        }

        if (!SafeUrl.IsSafe(url))
        {
            // A link through a reference definition is reported there, once for all its uses.
            if (link.Reference is null)
            {
                ReportUnsafeUrl(text, link.UrlSpan.IsEmpty ? span : At(text, link.UrlSpan.Start), url, diagnostics);
            }

            Unwrap(link);
            return;
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        var path = url.Split('#', '?')[0];
        var withSlash = path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
        if (!knownUrls.Contains(withSlash))
        {
            var suggestion = Suggestions.Closest(withSlash, knownUrls);
            var hint = suggestion is null ? "Sjekk adressen." : $"Mente du «{suggestion}»?";
            diagnostics.Error(DiagnosticCodes.BrokenLink, span, $"Lenken går til «{url}», men den siden finnes ikke. {hint}");
        }
    }
}
