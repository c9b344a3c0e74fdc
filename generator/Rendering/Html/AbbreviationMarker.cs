using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Marks the first use of every glossary term on a page as <c>&lt;abbr title&gt;</c> inside a link to its entry on
/// /ordliste/, so a reader can hover for the expansion or follow the link for the explanation. Only running text is
/// marked: never inside a link, a heading, a button, code or a chart, and not on the glossary page itself.
/// </summary>
public sealed class AbbreviationMarker
{
    private static readonly HashSet<string> Untouched = new(StringComparer.Ordinal)
    {
        "a", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "button", "summary", "label", "code", "pre", "svg", "script", "style", "textarea", "select",
    };

    private readonly Regex? _terms;

    /// <summary>Each term (escaped, as it is in a page) and the link that marks it, looked up by the characters of a match.</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _linkOf;

    public AbbreviationMarker(IReadOnlyList<GlossaryTerm> glossary)
    {
        var links = glossary.ToDictionary(g => HtmlText.Escape(g.Term), Link, StringComparer.Ordinal);
        _linkOf = links.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest first, so "OU-midler" wins over "OU"; a term is a whole word, not part of a longer one.
        var alternatives = links.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _terms = links.Count == 0 ? null : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }

    public string Mark(string url, string html)
    {
        // A page that uses no term anywhere needs no copy. A term in a text run is a term in the page, since a run
        // starts after a '>' and ends before a '<', which are no letters.
        if (_terms is null || url == SiteUrls.Glossary || !_terms.IsMatch(html))
        {
            return html;
        }

        var marked = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var output = PageBuilder.Take(html.Length + 256);
        var depth = 0;
        foreach (var token in HtmlTokens.Split(html))
        {
            if (token.TagName is { } name && Untouched.Contains(name) && !token.Raw.EndsWith("/>", StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth + (token.IsClosing ? -1 : 1));
            }

            if (token.IsText && depth == 0)
            {
                MarkText(output, token.Raw, marked);
            }
            else
            {
                token.AppendTo(output);
            }
        }

        return PageBuilder.Finish(output);
    }

    /// <summary>Appends a text run with the terms in it not marked before on the page marked.</summary>
    private void MarkText(StringBuilder output, ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> marked)
    {
        var copied = 0;
        foreach (var match in _terms!.EnumerateMatches(text))
        {
            var term = text.Slice(match.Index, match.Length);
            if (marked.Add(term))
            {
                output.Append(text[copied..match.Index]).Append(_linkOf[term]);
                copied = match.Index + match.Length;
            }
        }

        output.Append(text[copied..]);
    }

    private static string Link(GlossaryTerm term)
    {
        var escaped = HtmlText.Escape(term.Term);
        var title = term.Title is null ? "" : $" title=\"{HtmlText.Escape(term.Title)}\"";
        return $"<a class=\"abbr-link\" href=\"{SiteUrls.Glossary}#{term.Anchor}\"><abbr{title}>{escaped}</abbr></a>";
    }
}
