namespace SiteGen.Rendering.Html;

/// <summary>One piece of HTML: a tag (open or close, with its name in lower case) or the text between tags.</summary>
public readonly record struct HtmlToken(string Raw, string? TagName, bool IsClosing)
{
    public bool IsText => TagName is null;

    public bool Opens(string name) => TagName == name && !IsClosing;

    public bool Closes(string name) => TagName == name && IsClosing;
}

/// <summary>
/// Splits HTML that the site itself wrote into tags and text, in one linear pass. It is no general HTML parser: it relies
/// on what templates (through <c>e</c>) and Markdig guarantee, that '&lt;' and '&gt;' inside text and attribute values are
/// escaped, and that there are no inline scripts or styles.
/// </summary>
public static class HtmlTokens
{
    /// <summary>
    /// Tags are <c>&lt;!--…--&gt;</c> or <c>&lt;</c>, an optional <c>/</c>, an ASCII letter and then letters, digits or
    /// <c>-</c>, anything but <c>&gt;</c>, and <c>&gt;</c>; any other <c>&lt;</c> is text. Scanned by hand rather than with
    /// a regular expression: every page goes through here twice, and the scan is several times faster.
    /// </summary>
    public static IEnumerable<HtmlToken> Split(string html)
    {
        var text = 0;
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at))
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
                yield return new HtmlToken(html[text..at], null, false);
            }

            yield return new HtmlToken(html[at..end], name, closing);
            text = at = end;
        }

        if (text < html.Length)
        {
            yield return new HtmlToken(html[text..], null, false);
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
        return gt < 0 ? null : (gt + 1, html[start..nameEnd].ToLowerInvariant(), closing);
    }

    /// <summary>The value of <paramref name="name"/> in an opening tag, still escaped; null when the tag has none.</summary>
    public static string? Attribute(string tag, string name)
    {
        // A plain search, not a regular expression: it runs for every table cell of every page.
        var key = name + "=\"";
        for (var at = tag.IndexOf(key, StringComparison.Ordinal); at > 0; at = tag.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = tag.IndexOf('"', at + key.Length);
            if (char.IsWhiteSpace(tag[at - 1]) && end > 0)
            {
                return tag[(at + key.Length)..end];
            }
        }

        return null;
    }

    /// <summary>The tag with <paramref name="attribute"/> (already escaped, with its value) added after the element's name.</summary>
    public static string WithAttribute(HtmlToken tag, string attribute) =>
        tag.Raw.Insert(1 + tag.TagName!.Length, " " + attribute);
}
