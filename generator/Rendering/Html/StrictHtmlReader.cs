using System.Runtime.InteropServices;
using AngleSharp.Html.Parser;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Reads a page for the <see cref="PageInspector"/> in one quick pass, as long as the page keeps to the plain form of
/// HTML the site's templates and Markdown write, in which there is no doubt how a browser reads it:
/// <list type="bullet">
/// <item>tags are <c>&lt;name</c> (lower-case letters, digits, '-'), attributes each after white space as <c>name</c> or
/// <c>name="value"</c>, then <c>&gt;</c> or <c>/&gt;</c>; end tags are exactly <c>&lt;/name&gt;</c>; no name twice in a tag;</item>
/// <item>the only other markup is <c>&lt;!doctype html&gt;</c>; every other '&lt;' ends the reading;</item>
/// <item>character references are only <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c>, in text and in values;</item>
/// <item>a script's text is white space, a title's text is plain text, each followed by its end tag;</item>
/// <item>no NUL or carriage return anywhere.</item>
/// </list>
/// On anything else it stops and returns false, and the page is read again by the browser tokenizer: so it can make
/// reading faster, never read a page differently. A test reads pages both ways and compares.
/// </summary>
/// <remarks>
/// At 10,000 pages the browser tokenizer, which reads character by character through every state of the HTML
/// standard, was a fifth of the whole build; this reader jumps from '&lt;' to '&lt;' and from '"' to '"'.
/// </remarks>
public static class StrictHtmlReader
{
    private static readonly (string Reference, string Character)[] References =
        [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")];

    private const string Doctype = "<!doctype html>";

    /// <summary>
    /// Start tags this thread read and the inspector passed, as written from '&lt;' to '&gt;', with the length of the
    /// name and whether the tag closes itself. A page repeats most of its own tags and of the pages before it (95 in
    /// 100 at 10,000 subprojects); those are not read into attributes and checked again, since the same characters
    /// read the same and pass the same. Emptied when full, as pages may come from anyone.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, (int NameLength, bool SelfClosing)>.AlternateLookup<ReadOnlySpan<char>> t_passed;

    private const int MaxPassed = 1 << 14;

    /// <summary>Feeds the page to <paramref name="reading"/>; false when the page leaves the plain form, and the reading is then incomplete.</summary>
    public static bool TryRead(string html, PageReading reading)
    {
        var page = html.AsSpan();
        if (page.ContainsAny('\0', '\r'))
        {
            return false;
        }

        var attributes = new List<TagAttribute>();
        var at = 0;
        while (at < page.Length)
        {
            var next = page[at..].IndexOf('<');
            var end = next < 0 ? page.Length : at + next;
            if (!Text(page[at..end], reading))
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            at = end + 1;
            if (at < page.Length && char.IsAsciiLetterLower(page[at]))
            {
                at = StartTag(html, at, attributes, reading);
            }
            else if (page[at..].StartsWith('/'))
            {
                at = EndTag(page, at + 1, reading);
            }
            else
            {
                at = page[(at - 1)..].StartsWith(Doctype, StringComparison.OrdinalIgnoreCase) ? at - 1 + Doctype.Length : -1;
            }

            if (at < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the start tag whose name starts at <paramref name="at"/> and, for script and title, the text up to its end tag; the position after it, or -1.</summary>
    private static int StartTag(string html, int at, List<TagAttribute> attributes, PageReading reading)
    {
        var page = html.AsSpan();
        var start = at - 1;
        if (t_passed.Dictionary is null)
        {
            t_passed = new Dictionary<string, (int NameLength, bool SelfClosing)>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        var passed = t_passed.Dictionary;
        if (TagEnd(page, at) is var end and > 0 && t_passed.TryGetValue(page[start..end], out var known))
        {
            var knownName = page.Slice(at, known.NameLength);
            return TextAfter(page, end, knownName, reading.StartPassedTag(knownName, known.SelfClosing), reading);
        }

        var name = Name(page, at);
        at += name.Length;
        attributes.Clear();
        var selfClosing = false;
        while (true)
        {
            if (at >= page.Length)
            {
                return -1;
            }

            if (page[at] == '>')
            {
                at++;
                break;
            }

            if (page[at..].StartsWith("/>", StringComparison.Ordinal))
            {
                selfClosing = true;
                at += 2;
                break;
            }

            if (!IsSpace(page[at]))
            {
                return -1;
            }

            while (at < page.Length && IsSpace(page[at]))
            {
                at++;
            }

            if (at < page.Length && page[at] is '>' or '/')
            {
                continue;
            }

            at = Attribute(html, at, attributes);
            if (at < 0)
            {
                return -1;
            }
        }

        var mode = reading.StartTag(name, CollectionsMarshal.AsSpan(attributes), selfClosing, out var passes);
        if (passes)
        {
            if (passed.Count >= MaxPassed)
            {
                passed.Clear();
            }

            passed[page[start..at].ToString()] = (name.Length, selfClosing);
        }

        return TextAfter(page, at, name, mode, reading);
    }

    /// <summary>Where the tag from <paramref name="at"/> ends, after its '&gt;', as the reader would read it if it is a plain tag; -1 when it does not end.</summary>
    private static int TagEnd(ReadOnlySpan<char> page, int at)
    {
        while (page[at..].IndexOfAny('>', '"') is var next and >= 0)
        {
            at += next;
            if (page[at] == '>')
            {
                return at + 1;
            }

            var close = page[(at + 1)..].IndexOf('"');
            if (close < 0)
            {
                return -1;
            }

            at += close + 2;
        }

        return -1;
    }

    /// <summary>After a start tag: nothing to read for ordinary text, the text of a script or title, and -1 for the rest.</summary>
    private static int TextAfter(ReadOnlySpan<char> page, int at, ReadOnlySpan<char> name, HtmlParseMode? mode, PageReading reading) => mode switch
    {
        null => at,
        HtmlParseMode.Script => TextUpTo(page, at, name, reading, whiteSpaceOnly: true),
        HtmlParseMode.RCData => TextUpTo(page, at, name, reading, whiteSpaceOnly: false),
        _ => -1,
    };

    /// <summary>Reads <c>name</c> or <c>name="value"</c> at <paramref name="at"/> into <paramref name="attributes"/>; the position after it, or -1.</summary>
    private static int Attribute(string html, int at, List<TagAttribute> attributes)
    {
        var page = html.AsSpan();
        var start = at;
        while (at < page.Length && (char.IsAsciiLetterOrDigit(page[at]) || page[at] == '-'))
        {
            at++;
        }

        if (at == start || at >= page.Length)
        {
            return -1;
        }

        // In lower case, as browsers keep it; only tags not seen before get this far.
        var name = page[start..at].ToString().ToLowerInvariant();
        var value = ReadOnlyMemory<char>.Empty;
        if (page[at] == '=')
        {
            if (!page[(at + 1)..].StartsWith('"'))
            {
                return -1;
            }

            var length = page[(at + 2)..].IndexOf('"');
            var raw = html.AsMemory(at + 2, Math.Max(length, 0));
            if (length < 0 || Decoded(raw) is not { } decoded)
            {
                return -1;
            }

            value = decoded;
            at += length + 3;
        }

        foreach (var other in attributes)
        {
            if (other.Name == name)
            {
                return -1;
            }
        }

        attributes.Add(new TagAttribute(name, value));
        return at;
    }

    /// <summary>Reads <c>name&gt;</c> at <paramref name="at"/>, after "&lt;/"; the position after it, or -1.</summary>
    private static int EndTag(ReadOnlySpan<char> page, int at, PageReading reading)
    {
        var name = at < page.Length && char.IsAsciiLetterLower(page[at]) ? Name(page, at) : [];
        if (name.IsEmpty || !page[(at + name.Length)..].StartsWith('>'))
        {
            return -1;
        }

        reading.EndTag(name);
        return at + name.Length + 1;
    }

    /// <summary>
    /// The text of a script or title, which must be followed by its end tag with nothing else in between (where a
    /// browser would read more of the page as that text); a script's text must be white space, as the inspector
    /// allows no other, and only a title's references are read.
    /// </summary>
    private static int TextUpTo(ReadOnlySpan<char> page, int at, ReadOnlySpan<char> name, PageReading reading, bool whiteSpaceOnly)
    {
        var length = page[at..].IndexOf('<');
        if (length < 0 || !page[(at + length)..].StartsWith("</", StringComparison.Ordinal) || !page[(at + length + 2)..].StartsWith(name, StringComparison.Ordinal)
            || !page[(at + length + 2 + name.Length)..].StartsWith('>'))
        {
            return -1;
        }

        var text = page.Slice(at, length);
        if (whiteSpaceOnly ? !text.IsWhiteSpace() : !Text(text, reading))
        {
            return -1;
        }

        if (whiteSpaceOnly && !text.IsEmpty)
        {
            reading.Text(text);
        }

        return at + length;
    }

    /// <summary>Hands text to the reading with its references read, in pieces between them.</summary>
    private static bool Text(ReadOnlySpan<char> text, PageReading reading) => ForEachPiece(text, reading, static (piece, r) => r.Text(piece));

    /// <summary>An attribute value with its references read: the page's own characters where it has none; null for a reference outside the plain form.</summary>
    private static ReadOnlyMemory<char>? Decoded(ReadOnlyMemory<char> raw)
    {
        if (!raw.Span.Contains('&'))
        {
            return raw;
        }

        // Not a conditional expression: its null would become an empty value through ReadOnlyMemory's conversion from an array.
        var decoded = new System.Text.StringBuilder(raw.Length);
        if (!ForEachPiece(raw.Span, decoded, static (piece, d) => d.Append(piece)))
        {
            return null;
        }

        return decoded.ToString().AsMemory();
    }

    private delegate void PieceAction<in T>(ReadOnlySpan<char> piece, T state);

    /// <summary>Gives <paramref name="text"/> with its references read, in pieces: the text between references, and each reference's character; false at a reference outside the plain form.</summary>
    private static bool ForEachPiece<T>(ReadOnlySpan<char> text, T state, PieceAction<T> piece)
    {
        while (!text.IsEmpty)
        {
            var amp = text.IndexOf('&');
            if (amp < 0)
            {
                piece(text, state);
                return true;
            }

            if (amp > 0)
            {
                piece(text[..amp], state);
            }

            var (reference, character) = ReferenceAt(text[amp..]);
            if (reference is null)
            {
                return false;
            }

            piece(character, state);
            text = text[(amp + reference.Length)..];
        }

        return true;
    }

    private static (string? Reference, string Character) ReferenceAt(ReadOnlySpan<char> text)
    {
        foreach (var (reference, character) in References)
        {
            if (text.StartsWith(reference, StringComparison.Ordinal))
            {
                return (reference, character);
            }
        }

        return (null, "");
    }

    /// <summary>A tag's name: lower-case letters, digits and '-', ended by white space, '/' or '&gt;'; empty when another character ends it.</summary>
    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> page, int at)
    {
        var end = at;
        while (end < page.Length && (char.IsAsciiLetterLower(page[end]) || char.IsAsciiDigit(page[end]) || page[end] == '-'))
        {
            end++;
        }

        return end < page.Length && (IsSpace(page[end]) || page[end] is '/' or '>') ? page[at..end] : [];
    }

    /// <summary>White space between attributes as the HTML standard counts it.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}
