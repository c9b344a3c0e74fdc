using System.Text;

namespace SiteGen.Rendering.Html;

/// <summary>
/// One piece of HTML: a tag (open or close, with its name in lower case) or the text between tags. It is where the
/// piece is in the page, not a copy: every tag and text of every page passes through here, and most are copied out as
/// they are.
/// </summary>
public readonly record struct HtmlToken(string Html, int Start, int Length, string? TagName, bool IsClosing)
{
    public ReadOnlySpan<char> Raw => Html.AsSpan(Start, Length);

    public bool IsText => TagName is null;

    public bool Opens(string name) => TagName == name && !IsClosing;

    public bool Closes(string name) => TagName == name && IsClosing;

    public StringBuilder AppendTo(StringBuilder output) => output.Append(Html, Start, Length);

    /// <summary>Appends the tag with <paramref name="attribute"/> (already escaped, with its value) after the element's name.</summary>
    public StringBuilder AppendTo(StringBuilder output, string attribute)
    {
        var nameEnd = 1 + TagName!.Length;
        return output.Append(Html, Start, nameEnd).Append(' ').Append(attribute).Append(Html, Start + nameEnd, Length - nameEnd);
    }
}

/// <summary>
/// Splits HTML that the site itself wrote into tags and text, in one linear pass. It is no general HTML parser: it relies
/// on what templates (through <c>e</c>) and Markdig guarantee, that '&lt;' and '&gt;' inside text and attribute values are
/// escaped, and that there are no inline scripts or styles.
/// </summary>
public static class HtmlTokens
{
    /// <summary>The names of the elements that templates and Markdig write, so that a tag's name is looked up, not copied.</summary>
    private static readonly HashSet<string> KnownNames = new(StringComparer.Ordinal)
    {
        "!--", "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "circle", "code", "col", "colgroup",
        "dd", "del", "desc", "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "g", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "i", "img", "input", "label", "li", "line", "link", "main", "mark", "meta", "nav",
        "ol", "option", "p", "path", "polygon", "polyline", "pre", "rect", "script", "section", "select", "small", "span", "strong",
        "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "text", "textarea", "tfoot", "th", "thead", "time", "title",
        "tr", "tspan", "ul",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownName = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Tags are <c>&lt;!--…--&gt;</c> or <c>&lt;</c>, an optional <c>/</c>, an ASCII letter and then letters, digits or
    /// <c>-</c>, anything but <c>&gt;</c>, and <c>&gt;</c>; any other <c>&lt;</c> is text. Read from
    /// <paramref name="start"/>, which must not be inside a tag. Scanned by hand rather than with a regular expression:
    /// every page goes through here twice, and the scan is several times faster.
    /// </summary>
    public static IEnumerable<HtmlToken> Split(string html, int start = 0)
    {
        var text = start;
        for (var at = html.IndexOf('<', start); at >= 0; at = html.IndexOf('<', at))
        {
            var tag = TagAt(html, at);
            if (tag is null)
            {
                at++;
                continue;
            }

            var (end, name, closing) = tag.Value;

            if (at > text)
            {
                yield return new HtmlToken(html, text, at - text, null, false);
            }

            yield return new HtmlToken(html, at, end - at, name, closing);
            text = at = end;
        }

        if (text < html.Length)
        {
            yield return new HtmlToken(html, text, html.Length - text, null, false);
        }
    }

    /// <summary>The tag starting at <paramref name="at"/>: where it ends, its name in lower case ("!--" for a comment) and whether it closes; null when the '&lt;' there starts no tag.</summary>
    private static (int End, string Name, bool Closing)? TagAt(string html, int at)
    {
        if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (close >= 0)
            {
                return (close + 3, "!--", false);
            }
        }

        var closing = at + 1 < html.Length && html[at + 1] == '/';
        var start = at + (closing ? 2 : 1);
        if (start >= html.Length || !char.IsAsciiLetter(html[start]))
        {
            return null;
        }

        var nameEnd = start + 1;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var gt = html.IndexOf('>', nameEnd);
        return gt < 0 ? null : (gt + 1, NameOf(html.AsSpan(start..nameEnd)), closing);
    }

    private static string NameOf(ReadOnlySpan<char> name) =>
        KnownName.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    /// <summary>The value of <paramref name="name"/> in an opening tag, still escaped; empty when the tag has none.</summary>
    public static ReadOnlySpan<char> Attribute(ReadOnlySpan<char> tag, string name)
    {
        // A plain search, not a regular expression: it runs for every table cell of every page.
        for (var at = tag.IndexOf(name, StringComparison.Ordinal); at > 0; at = IndexOf(tag, name, at + 1))
        {
            var value = tag[(at + name.Length)..];
            var end = value.StartsWith("=\"", StringComparison.Ordinal) ? value[2..].IndexOf('"') : -1;
            if (char.IsWhiteSpace(tag[at - 1]) && end >= 0)
            {
                return value.Slice(2, end);
            }
        }

        return [];
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        var found = text[from..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? found : from + found;
    }
}
