using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>A rendered page as the search index sees it: what kind of page it is, and the text of its main content, without navigation.</summary>
public sealed record SearchDocument(string Url, string Kind, string Title, string? Summary, string Text);

/// <summary>
/// /sok/index.json, built from the rendered pages: for each page its address, title, summary and the distinct
/// lower-case words of its main content (the renderer leaves navigation, header and footer out). Words are one space-separated
/// string, the smallest form that templates/assets/search.js can still split; Norwegian letters are kept as they are.
/// The kind of page (delprosjekt, oppdatering, side …) and the main text with its spaces collapsed let a result say
/// what it is and show the words around the match.
/// search.js finds a query term anywhere inside a word, so a word inside another word of the same page ("skole" in
/// "skolemiljø") adds nothing and is left out: that keeps the index of a whole site small.
/// </summary>
public static class SearchIndexEmitter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SiteFile Emit(IEnumerable<SearchDocument> pages) =>
        SiteFile.Text(SiteUrls.SearchIndex.TrimStart('/'), JsonSerializer.Serialize(
            pages.OrderBy(p => p.Url, StringComparer.Ordinal)
                .Select(p => new { p.Url, p.Kind, p.Title, Summary = p.Summary ?? "", Words = string.Join(' ', WordsOf(p.Text)), Text = Collapse(p.Text) }),
            Options) + "\n");

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The distinct words of a text, lower-case, in the order they first appear, without those inside another.</summary>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        var words = Split(text.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

        // Longest first, one length at a time: a word can only sit inside a longer one, so each length is checked
        // against one string of all longer words kept so far (a fast substring search, not a loop over words).
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var longer = "";
        foreach (var sameLength in words.GroupBy(w => w.Length).OrderByDescending(g => g.Key))
        {
            kept.UnionWith(sameLength.Where(word => !longer.Contains(word, StringComparison.Ordinal)));
            longer = string.Join(' ', kept);
        }

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
