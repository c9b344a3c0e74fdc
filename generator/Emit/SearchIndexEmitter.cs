using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>A rendered page as the search index sees it.</summary>
public sealed record SearchDocument(string Url, string Title, string? Summary, string Html);

/// <summary>
/// /sok/index.json, built from the rendered pages: for each page its address, title, summary and the distinct
/// lower-case words of its main content (navigation, header and footer left out). Words are one space-separated
/// string, the smallest form that templates/assets/search.js can still split; Norwegian letters are kept as they are.
/// search.js finds a query term anywhere inside a word, so a word inside another word of the same page ("skole" in
/// "skolemiljø") adds nothing and is left out: that keeps the index of a whole site small.
/// </summary>
public static class SearchIndexEmitter
{
    private static readonly HtmlParser Parser = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SiteFile Emit(IEnumerable<SearchDocument> pages) =>
        SiteFile.Text(SiteUrls.SearchIndex.TrimStart('/'), JsonSerializer.Serialize(
            pages.OrderBy(p => p.Url, StringComparer.Ordinal)
                .Select(p => new { p.Url, p.Title, Summary = p.Summary ?? "", Words = string.Join(' ', WordsOf(p.Html)) }),
            Options) + "\n");

    /// <summary>The distinct words of the page's main content, lower-case, in the order they first appear, without those inside another.</summary>
    public static IEnumerable<string> WordsOf(string html)
    {
        using var document = Parser.ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body;
        if (main is null)
        {
            return [];
        }

        foreach (var chrome in main.QuerySelectorAll("nav, header, footer, script, style").ToList())
        {
            chrome.Remove();
        }

        // Text nodes one by one, not TextContent, which runs a heading and the next paragraph together into one word.
        var words = main.Descendants<IText>().SelectMany(t => Split(t.Data.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToList();
        var longestFirst = new List<string>();
        foreach (var word in words.OrderByDescending(w => w.Length))
        {
            if (!longestFirst.Exists(longer => longer.Contains(word, StringComparison.Ordinal)))
            {
                longestFirst.Add(word);
            }
        }

        var kept = longestFirst.ToHashSet(StringComparer.Ordinal);
        return words.Where(kept.Contains).ToList();
    }

    private static IEnumerable<string> Split(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }
}
