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
    private readonly Dictionary<string, GlossaryTerm> _byTerm;

    public AbbreviationMarker(IReadOnlyList<GlossaryTerm> glossary)
    {
        _byTerm = glossary.ToDictionary(g => HtmlText.Escape(g.Term), StringComparer.Ordinal);
        // Longest first, so "OU-midler" wins over "OU"; a term is a whole word, not part of a longer one.
        var alternatives = _byTerm.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _terms = _byTerm.Count == 0 ? null : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }

    public string Mark(string url, string html)
    {
        if (_terms is null || url == SiteUrls.Glossary)
        {
            return html;
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        var output = new StringBuilder(html.Length + 256);
        var depth = 0;
        foreach (var token in HtmlTokens.Split(html))
        {
            if (token.TagName is { } name && Untouched.Contains(name) && !token.Raw.EndsWith("/>", StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth + (token.IsClosing ? -1 : 1));
            }

            output.Append(token.IsText && depth == 0 ? MarkText(token.Raw, marked) : token.Raw);
        }

        return output.ToString();
    }

    private string MarkText(string text, HashSet<string> marked) =>
        _terms!.Replace(text, match =>
        {
            if (!marked.Add(match.Value))
            {
                return match.Value;
            }

            var term = _byTerm[match.Value];
            var title = term.Title is null ? "" : $" title=\"{HtmlText.Escape(term.Title)}\"";
            return $"<a class=\"abbr-link\" href=\"{SiteUrls.Glossary}#{term.Anchor}\"><abbr{title}>{match.Value}</abbr></a>";
        });
}
