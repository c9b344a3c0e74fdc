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
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .UseEmphasisExtras()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|style|form)\b|\bon[a-z]+\s*=\s*[""'{]|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();

    /// <summary>Renders to HTML; internal links found are checked against <paramref name="knownUrls"/>.</summary>
    public string Render(MarkdownText text, int topHeadingLevel, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        ReportUnsafeSource(text, diagnostics);
        var document = Markdig.Markdown.Parse(text.Source, _pipeline);
        ShiftHeadings(document, topHeadingLevel);
        foreach (var link in document.Descendants<LinkInline>())
        {
            CheckLink(text, link, knownUrls, diagnostics);
        }

        // A wide table scrolls inside its own box on a phone; the box takes focus so keyboard users can scroll it too.
        return Markdig.Markdown.ToHtml(document, _pipeline).Trim()
            .Replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    private static void ReportUnsafeSource(MarkdownText text, DiagnosticBag diagnostics)
    {
        var lines = text.Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Unsafe().Matches(lines[i]))
            {
                var isUrl = match.Value.StartsWith("javascript", StringComparison.OrdinalIgnoreCase);
                diagnostics.Error(isUrl ? DiagnosticCodes.UnsafeUrl : DiagnosticCodes.UnsafeHtml,
                    At(text, i, match.Index),
                    isUrl
                        ? "Lenker med «javascript:» er ikke tillatt. Lenk til en nettadresse som starter med https:// eller /."
                        : $"«{match.Value.Trim()}» er ikke tillatt i teksten (skript, innebygde rammer og hendelser kan lure leserne). Fjern det; skriv vanlig tekst og lenker i Markdown.");
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

    private static void CheckLink(MarkdownText text, LinkInline link, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        var span = At(text, link.Line, link.Column);
        var url = link.Url ?? "";
        if (link.IsImage && !link.Any())
        {
            diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, span,
                "Bildet mangler alternativ tekst. Beskriv bildet mellom hakeparentesene: ![Hva bildet viser](bilde.png).");
        }

        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            if (!SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                link.Url = "";
            }

            // javascript: is already reported by the source scan, which also sees it outside links.
            if (link.Url == "" && !url.StartsWith("javascript", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeUrl, span, $"Lenken «{url}» kan ikke brukes. Bruk en adresse som starter med https://, mailto: eller /.");
            }

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
