using System.Xml;

namespace SiteGen.Emit;

/// <summary>
/// An indented XML file written line by line as UTF-8, escaped as <see cref="XmlWriter"/> escapes (&amp;, &lt; and
/// &gt; in text, also quotes and line breaks in attributes; line breaks in text become LF), and refusing, as it
/// does, characters XML cannot hold. Made for the feeds and the sitemap: at 10,000 subprojects an XmlWriter and a SyndicationFeed per
/// feed allocated ten times the bytes of the feeds.
/// </summary>
public sealed class XmlText : IDisposable
{
    private readonly FileBytes _bytes = new();

    /// <summary>Markup written as it is, on a line of its own.</summary>
    public XmlText Line(int depth, string markup)
    {
        Indent(depth);
        _bytes.Append(markup).Append('\n');
        return this;
    }

    /// <summary>An element holding text; <paramref name="typed"/> marks it as Atom's plain text (<c>type="text"</c>).</summary>
    public XmlText Element(int depth, string name, string text, bool typed = false)
    {
        Indent(depth);
        _bytes.Append('<').Append(name);
        if (typed)
        {
            _bytes.Append(" type=\"text\"");
        }

        if (text.Length == 0)
        {
            _bytes.Append(" />\n");
            return this;
        }

        _bytes.Append('>');
        Escaped(text, attribute: false);
        _bytes.Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>An Atom link to an absolute address, written as the URI class normalises it.</summary>
    public XmlText Link(int depth, string rel, string? type, string href)
    {
        Indent(depth);
        _bytes.Append("<link rel=\"");
        Escaped(rel, attribute: true);
        if (type is not null)
        {
            _bytes.Append("\" type=\"");
            Escaped(type, attribute: true);
        }

        _bytes.Append("\" href=\"");
        Escaped(new Uri(href).AbsoluteUri, attribute: true);
        _bytes.Append("\" />\n");
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();

    public void Dispose() => _bytes.Dispose();

    private void Indent(int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            _bytes.Append("  ");
        }
    }

    private void Escaped(string value, bool attribute)
    {
        XmlConvert.VerifyXmlChars(value);
        var plain = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = value[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\t' when attribute => "&#x9;",
                '\n' when attribute => "&#xA;",
                '\r' when attribute => "&#xD;",
                '\r' when i + 1 < value.Length && value[i + 1] == '\n' => "",
                '\r' => "\n",
                _ => null,
            };
            if (escape is not null)
            {
                _bytes.Append(value.AsSpan(plain, i - plain)).Append(escape);
                plain = i + 1;
            }
        }

        _bytes.Append(value.AsSpan(plain));
    }
}
