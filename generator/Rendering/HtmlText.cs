using System.Buffers;
using System.Text;

namespace SiteGen.Rendering;

/// <summary>Escapes text for HTML without turning Norwegian letters into numeric entities (as Scriban's html.escape does).</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Text with nothing to escape, most of it, is returned as it is: every value on every page passes here.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
