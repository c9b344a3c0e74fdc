using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Reads every finished page back as HTML and refuses what must never be published, whatever a template
/// or content did: no script but our own, no event handlers, no javascript: URLs, no request to another
/// host, exactly one h1, and that one not empty. The same parse gives the page's main text for the search index, so no page is parsed twice.
/// </summary>
public sealed class PageInspector(DiagnosticBag diagnostics)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Reports what must not be published and returns the text of the page's main content.</summary>
    public string Inspect(string url, string templateName, string html)
    {
        using var document = Parser.ParseDocument(html);
        var at = SourceSpan.AtFile(templateName);
        var headings = document.QuerySelectorAll("h1");
        if (headings.Length != 1)
        {
            diagnostics.Error(DiagnosticCodes.PageStructure, at, $"The page {url} has {headings.Length} h1 elements; every page needs exactly one.");
        }
        else if (string.IsNullOrWhiteSpace(headings[0].TextContent))
        {
            diagnostics.Error(DiagnosticCodes.PageStructure, at, $"The page {url} has an empty h1; it needs a heading a reader can see.");
        }

        foreach (var script in document.Scripts.Where(s => !IsLocal(s.Source)))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has a script that is not one of the site's own files in /assets/: {Shorten(script.OuterHtml)}");
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has an event handler attribute {attribute.Name} on <{element.LocalName}>.");
                }
                else if (attribute.Name is "href" or "src" or "action" or "srcset" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has a javascript: URL on <{element.LocalName}>.");
                }
            }

            var resource = element.LocalName switch
            {
                "img" or "script" or "iframe" or "audio" or "video" or "source" or "embed" => element.GetAttribute("src"),
                "link" => element.GetAttribute("href"),
                _ => null,
            };
            if (resource is not null && !IsLocal(resource))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} loads {resource} from another host; the site makes no third-party requests.");
            }
        }

        return MainTextOf(document);
    }

    /// <summary>
    /// The words a reader came for: main without its navigation (breadcrumbs), scripts and styles. Text nodes are
    /// joined with line breaks, so a heading and the paragraph after it do not run together into one word.
    /// </summary>
    private static string MainTextOf(IDocument document)
    {
        var main = document.QuerySelector("main") ?? document.Body;
        if (main is null)
        {
            return "";
        }

        foreach (var chrome in main.QuerySelectorAll("nav, header, footer, script, style").ToList())
        {
            chrome.Remove();
        }

        return string.Join('\n', main.Descendants<IText>().Select(t => t.Data));
    }

    private static bool IsLocal(string? source) =>
        source is not null && source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
