using System.Text.RegularExpressions;

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
public static partial class HtmlTokens
{
    [GeneratedRegex(@"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    public static IEnumerable<HtmlToken> Split(string html)
    {
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (tag.Index > at)
            {
                yield return new HtmlToken(html[at..tag.Index], null, false);
            }

            yield return tag.Groups[2].Success
                ? new HtmlToken(tag.Value, tag.Groups[2].Value.ToLowerInvariant(), tag.Groups[1].Length > 0)
                : new HtmlToken(tag.Value, "!--", false);
            at = tag.Index + tag.Length;
        }

        if (at < html.Length)
        {
            yield return new HtmlToken(html[at..], null, false);
        }
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
