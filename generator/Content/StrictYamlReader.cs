using System.Buffers;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// Reads the plain form most content files are written in straight into a <see cref="YamlValue"/> tree, the tree
/// <see cref="YamlTreeReader"/> builds from YamlDotNet's events for the same text. YamlDotNet's scanner goes one
/// character at a time and allocates a token, an event and a mark for each value: at 10,000 subprojects it was one
/// seventh of a build's CPU time, and most of the garbage that loading leaves behind.
/// </summary>
/// <remarks>
/// The form: a block mapping at the top; keys made of letters, digits, <c>_</c> and <c>-</c>; values that are plain or
/// quoted scalars (no escapes), also wrapped over several lines as editors and YAML writers such as PyYAML wrap them,
/// <c>|</c> and <c>&gt;</c> blocks (with <c>-</c> or nothing after them), block lists of such values or of mappings, and
/// <c>[…]</c> and <c>{…}</c> on one line; comments on lines of their own; no tabs, no characters YAML reads as line breaks. On anything else — and on every mistake, such as a repeated key —
/// it gives up (null), and the text is parsed by YamlDotNet as before, with its errors. Giving up costs nothing that
/// was not spent before; reading a text differently would change the site, so the tests compare the two readers on
/// every content file and on thousands of damaged ones.
/// </remarks>
internal sealed class StrictYamlReader
{
    /// <summary>Characters that give a plain value a meaning other than its text where they start it.</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>Characters that end a plain value inside <c>[…]</c> or <c>{…}</c>.</summary>
    private static readonly SearchValues<char> FlowEnds = SearchValues.Create(",[]{}:#\n");

    /// <summary>Deeper than this, YamlDotNet's reading (<see cref="DepthLimitedParser"/>) reports an error, which this reader leaves to it.</summary>
    private const int MaxDepth = DepthLimitedParser.MaxDepth - 1;

    /// <summary>A mapping with more keys is left to YamlDotNet, so looking for a repeated key stays cheap.</summary>
    private const int MaxKeys = 64;

    /// <summary>YamlDotNet reads a longer key on one line as an error.</summary>
    private const int MaxKeyLength = 1000;

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;

    /// <summary>Where the current line starts and ends in <see cref="_text"/>, and its number in the YAML (1-based).</summary>
    private int _lineStart;
    private int _lineEnd;
    private int _line = 1;
    private int _depth;

    private StrictYamlReader(string text, int start, int end)
    {
        (_text, _start, _end, _lineStart) = (text, start, end, start);
        _lineEnd = EndOfLine(start);
    }

    private int EndOfLine(int start)
    {
        var end = _text.AsSpan(start, _end - start).IndexOf('\n');
        return end < 0 ? _end : start + end;
    }

    /// <summary>The root mapping of the YAML in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, or null if the text leaves the form.</summary>
    public static YamlMapping? TryRead(string text, int start, int end)
    {
        if (!InForm(text.AsSpan(start, end - start)))
        {
            return null;
        }

        var reader = new StrictYamlReader(text, start, end);
        return reader.SkipBlankLines() && reader.Indent == 0 && reader.Mapping(0, reader._lineStart) is { } root && !reader.SkipBlankLines() ? root : null;
    }

    /// <summary>
    /// Printable characters of the Basic Multilingual Plane and line feeds: no tab, no byte order mark, and none of the
    /// characters YAML 1.1 reads as line breaks (U+0085, U+2028, U+2029), which would move every line after them.
    /// </summary>
    private static bool InForm(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ('\n' or (>= ' ' and <= '~') or (>= '\u00a0' and <= '\ud7ff' and not '\u2028' and not '\u2029') or (>= '\ue000' and <= '\ufffd' and not '\ufeff')))
            {
                return false;
            }
        }

        return true;
    }

    private int Indent => _text.AsSpan(_lineStart, _lineEnd - _lineStart).IndexOfAnyExcept(' ') is var first and >= 0 ? first : _lineEnd - _lineStart;

    private Mark MarkAt(int index) => new(index - _start, _line, index - _lineStart + 1);

    private bool NextLine()
    {
        if (_lineEnd >= _end)
        {
            _lineStart = _end;
            return false;
        }

        _lineStart = _lineEnd + 1;
        _lineEnd = EndOfLine(_lineStart);
        _line++;
        return true;
    }

    /// <summary>Moves to the next line with a value on it; false at the end of the text.</summary>
    private bool SkipBlankLines()
    {
        while (_lineStart < _end)
        {
            var line = _text.AsSpan(_lineStart, _lineEnd - _lineStart).TrimStart(' ');
            if (line.Length > 0 && line[0] != '#')
            {
                return true;
            }

            if (!NextLine())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A block mapping whose keys stand at <paramref name="indent"/>, the first at <paramref name="at"/> (which may be
    /// after a list's dash on the same line). Ends before the first line indented less; null on anything else.
    /// </summary>
    private YamlMapping? Mapping(int indent, int at)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<YamlValue, YamlValue>>();
        var mark = MarkAt(at);
        while (true)
        {
            var key = Key(at, out var afterColon);
            if (key is null || pairs.Count == MaxKeys || IsRepeated(pairs, key))
            {
                return null;
            }

            var value = BlockValue(indent, afterColon, afterDash: false);
            if (value is null)
            {
                return null;
            }

            pairs.Add(new(key, value));
            if (!SkipBlankLines() || Indent < indent)
            {
                _depth--;
                return new YamlMapping(mark, null, [.. pairs], MappingStyle.Block);
            }

            if (Indent > indent)
            {
                return null;
            }

            at = _lineStart + indent;
        }
    }

    private static bool IsRepeated(List<KeyValuePair<YamlValue, YamlValue>> pairs, YamlScalar key)
    {
        foreach (var pair in pairs)
        {
            if (((YamlScalar)pair.Key).Value == key.Value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A key at <paramref name="at"/>, followed by a colon and a space or the end of the line.</summary>
    private YamlScalar? Key(int at, out int afterColon)
    {
        var length = KeyLength(at);
        afterColon = at + length + 1;
        return length > 0 ? new YamlScalar(MarkAt(at), null, _text.Substring(at, length), ScalarStyle.Plain) : null;
    }

    /// <summary>The length of the key at <paramref name="at"/>, without its colon; 0 if no key stands there.</summary>
    private int KeyLength(int at)
    {
        var line = _text.AsSpan(at, _lineEnd - at);
        var length = 0;
        while (length < line.Length && line[length] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-')
        {
            length++;
        }

        var colon = length is > 0 and <= MaxKeyLength && line[0] != '-' && length < line.Length && line[length] == ':';
        return colon && (length + 1 == line.Length || line[length + 1] == ' ') ? length : 0;
    }

    /// <summary>
    /// The value after a key's colon, or after a list's dash (<paramref name="afterDash"/>), at <paramref name="at"/> on
    /// the current line, of a node whose line is indented <paramref name="indent"/>. A key's list may stand as indented
    /// as the key.
    /// </summary>
    private YamlValue? BlockValue(int indent, int at, bool afterDash)
    {
        // An empty value is placed after the colon, where it starts.
        var mark = MarkAt(at);
        at = SkipSpaces(at, _lineEnd);
        if (at < _lineEnd)
        {
            return _text[at] is '|' or '>' ? BlockScalar(indent, at) : InlineValue(indent, at);
        }

        // Nothing after the colon: a nested list or mapping on the lines below, or an empty value.
        if (afterDash)
        {
            return null;
        }

        if (!NextLine() || !SkipBlankLines() || Indent < indent || (Indent == indent && !IsDash()))
        {
            return new YamlScalar(mark, null, "", ScalarStyle.Plain);
        }

        return IsDash() ? Sequence(Indent, indentless: Indent == indent) : Mapping(Indent, _lineStart + Indent);
    }

    /// <summary>Whether the current line has only spaces, if any.</summary>
    private bool IsBlank => Indent == _lineEnd - _lineStart;

    /// <summary>Whether the current line's first value is a list item's dash.</summary>
    private bool IsDash() => IsDashAt(_lineStart + Indent);

    private bool IsDashAt(int at) => at < _lineEnd && _text[at] == '-' && (at + 1 == _lineEnd || _text[at + 1] == ' ');

    /// <summary>A block list whose dashes stand at <paramref name="indent"/>; an indentless one (at its key's indentation) ends at the next key.</summary>
    private YamlSequence? Sequence(int indent, bool indentless)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var items = new List<YamlValue>();
        var mark = MarkAt(_lineStart + indent);
        while (true)
        {
            // An item that is empty or a list of its own is left to YamlDotNet.
            var at = SkipSpaces(_lineStart + indent + 1, _lineEnd);
            if (at == _lineEnd || IsDashAt(at))
            {
                return null;
            }

            var item = KeyLength(at) > 0
                ? Mapping(at - _lineStart, at)
                : BlockValue(indent, at, afterDash: true);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            var more = SkipBlankLines();
            if (more && Indent == indent && IsDash())
            {
                continue;
            }

            if (more && Indent >= indent && !(indentless && Indent == indent))
            {
                return null;
            }

            _depth--;
            return new YamlSequence(mark, null, [.. items]);
        }
    }

    /// <summary>A value written after its key or dash: plain, quoted, or in brackets or braces on one line.</summary>
    private YamlValue? InlineValue(int indent, int at)
    {
        if (_text[at] is not ('[' or '{' or '"' or '\''))
        {
            return PlainInBlock(indent, at);
        }

        var (value, after) = _text[at] is '[' or '{' ? FlowCollection(at, _lineEnd) : QuotedInBlock(indent, at);
        if (value is null || _text.AsSpan(after, _lineEnd - after).ContainsAnyExcept(' '))
        {
            return null;
        }

        NextLine();
        return value;
    }

    /// <summary>
    /// A plain value, with the lines after it that are indented more than its node (<paramref name="indent"/>) folded
    /// into it (<see cref="Fold"/>). Text editors and YAML writers wrap long values this way.
    /// </summary>
    private YamlScalar? PlainInBlock(int indent, int at)
    {
        var first = _text.AsSpan(at, _lineEnd - at).TrimEnd(' ');
        if (!StartsPlain(first) || !IsPlainText(first))
        {
            return null;
        }

        var mark = MarkAt(at);
        StringBuilder? folded = null;
        var emptyLines = 0;
        while (NextLine())
        {
            var line = _text.AsSpan(_lineStart, _lineEnd - _lineStart).Trim(' ');
            if (line.IsEmpty)
            {
                emptyLines++;
                continue;
            }

            if (Indent <= indent)
            {
                break;
            }

            // A comment, or a line that would read as something else, ends what this reader is sure of.
            if (!StartsPlain(line) || !IsPlainText(line))
            {
                return null;
            }

            Fold(folded ??= new StringBuilder().Append(first), emptyLines).Append(line);
            emptyLines = 0;
        }

        return new YamlScalar(mark, null, folded?.ToString() ?? first.ToString(), ScalarStyle.Plain);
    }

    /// <summary>
    /// Joins the next line of a value to <paramref name="text"/> as YAML folds lines (in plain, quoted and <c>&gt;</c>
    /// values): lines next to each other with a space, and each empty line between them as a line break.
    /// </summary>
    private static StringBuilder Fold(StringBuilder text, int emptyLines) =>
        emptyLines == 0 ? text.Append(' ') : text.Append('\n', emptyLines);

    /// <summary>Text of a plain value that YAML reads as text only: no key's colon in it or at its end, no comment.</summary>
    private static bool IsPlainText(ReadOnlySpan<char> text) =>
        !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && text[^1] != ':';

    private static bool StartsPlain(ReadOnlySpan<char> text) => text.Length > 0 && !Indicators.Contains(text[0]);

    /// <summary>A quoted value that ends on its line, as in brackets and braces.</summary>
    private (YamlValue?, int) Quoted(int at, int end)
    {
        var text = new StringBuilder();
        var close = QuotedText(_text[at], at + 1, end, text);
        return close < 0 ? (null, at) : (QuotedScalar(MarkAt(at), _text[at], text), close + 1);
    }

    /// <summary>
    /// A quoted value after a key or a dash, on as many lines as it takes, each indented more than its node
    /// (<paramref name="indent"/>): the lines are folded as a plain value's are, without the spaces around each break.
    /// YAML writers wrap long quoted values this way.
    /// </summary>
    private (YamlValue?, int) QuotedInBlock(int indent, int at)
    {
        var mark = MarkAt(at);
        var quote = _text[at];
        var text = new StringBuilder();
        var close = QuotedText(quote, at + 1, _lineEnd, text);
        while (close == -1)
        {
            while (text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
            }

            var emptyLines = -1;
            do
            {
                emptyLines++;
                if (text.Length == 0 || !NextLine())
                {
                    return (null, at);
                }
            }
            while (IsBlank);

            if (Indent <= indent)
            {
                return (null, at);
            }

            Fold(text, emptyLines);
            close = QuotedText(quote, _lineStart + Indent, _lineEnd, text);
        }

        return close < 0 ? (null, at) : (QuotedScalar(mark, quote, text), close + 1);
    }

    /// <summary>
    /// Appends a quoted value's text from <paramref name="from"/> on: single quotes with <c>''</c> for a quote inside,
    /// double quotes with no escapes. Returns where the closing quote is, -1 if the line ends first, -2 at an escape.
    /// </summary>
    private int QuotedText(char quote, int from, int end, StringBuilder text)
    {
        for (var i = from; i < end; i++)
        {
            var c = _text[i];
            if (c == '\\' && quote == '"')
            {
                return -2;
            }

            if (c == quote)
            {
                if (quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
                {
                    text.Append('\'');
                    i++;
                    continue;
                }

                return i;
            }

            text.Append(c);
        }

        return -1;
    }

    private static YamlScalar QuotedScalar(Mark mark, char quote, StringBuilder text) =>
        new(mark, null, text.ToString(), quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);

    /// <summary><c>[…]</c> or <c>{…}</c> that closes on its line, of plain and quoted values and of such collections.</summary>
    private (YamlValue?, int) FlowCollection(int at, int end)
    {
        if (++_depth > MaxDepth)
        {
            return (null, at);
        }

        var close = _text[at] == '[' ? ']' : '}';
        var items = new List<YamlValue>();
        var pairs = new List<KeyValuePair<YamlValue, YamlValue>>();
        var i = SkipSpaces(at + 1, end);
        if (i < end && _text[i] == close)
        {
            _depth--;
            return (Collection(at, close, items, pairs), i + 1);
        }

        while (true)
        {
            YamlScalar? key = null;
            if (close == '}')
            {
                key = Key(i, out var afterColon);
                if (key is null || afterColon == end || pairs.Count == MaxKeys || IsRepeated(pairs, key))
                {
                    return (null, at);
                }

                i = SkipSpaces(afterColon, end);
            }

            var (value, after) = i >= end ? (null, i) : _text[i] switch
            {
                '[' or '{' => FlowCollection(i, end),
                '"' or '\'' => Quoted(i, end),
                _ => PlainInFlow(i, end),
            };
            if (value is null)
            {
                return (null, at);
            }

            if (key is null)
            {
                items.Add(value);
            }
            else
            {
                pairs.Add(new(key, value));
            }

            i = SkipSpaces(after, end);
            if (i < end && _text[i] == close)
            {
                _depth--;
                return (Collection(at, close, items, pairs), i + 1);
            }

            if (i >= end || _text[i] != ',')
            {
                return (null, at);
            }

            i = SkipSpaces(i + 1, end);
            if (i >= end || _text[i] == close)
            {
                return (null, at);
            }
        }
    }

    private YamlValue Collection(int at, char close, List<YamlValue> items, List<KeyValuePair<YamlValue, YamlValue>> pairs) => close == ']'
        ? new YamlSequence(MarkAt(at), null, [.. items])
        : new YamlMapping(MarkAt(at), null, [.. pairs], MappingStyle.Flow);

    private (YamlValue?, int) PlainInFlow(int at, int end)
    {
        var length = _text.AsSpan(at, end - at).IndexOfAny(FlowEnds);
        var text = _text.AsSpan(at, length < 0 ? end - at : length).TrimEnd(' ');
        return StartsPlain(text) && !text.Contains(" #", StringComparison.Ordinal)
            ? (new YamlScalar(MarkAt(at), null, text.ToString(), ScalarStyle.Plain), at + text.Length)
            : (null, at);
    }

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// A <c>|</c> or <c>&gt;</c> block (with <c>-</c> or nothing after it) of a node indented <paramref name="indent"/>:
    /// lines indented as its first line, which must be more than the node, with empty lines among them but none first.
    /// </summary>
    private YamlScalar? BlockScalar(int indent, int at)
    {
        var mark = MarkAt(at);
        var folded = _text[at] == '>';
        var strip = at + 1 < _lineEnd && _text[at + 1] == '-';
        var header = at + (strip ? 2 : 1);
        if (_text.AsSpan(header, _lineEnd - header).ContainsAnyExcept(' ') || !NextLine() || Indent <= indent || IsBlank)
        {
            return null;
        }

        var contentIndent = Indent;
        var value = new StringBuilder();
        var emptyLines = 0;
        var broken = false;
        while (_lineStart < _end)
        {
            var lineIndent = Indent;
            if (IsBlank)
            {
                if (lineIndent > contentIndent)
                {
                    return null;
                }

                emptyLines++;
            }
            else if (lineIndent < contentIndent)
            {
                break;
            }
            else
            {
                if (folded && lineIndent > contentIndent)
                {
                    return null;
                }

                if (value.Length > 0 && folded)
                {
                    Fold(value, emptyLines);
                }
                else if (value.Length > 0)
                {
                    value.Append('\n', emptyLines + 1);
                }

                emptyLines = 0;
                value.Append(_text, _lineStart + contentIndent, _lineEnd - _lineStart - contentIndent);
            }

            broken = _lineEnd < _end;
            NextLine();
        }

        if (!strip && (broken || emptyLines > 0))
        {
            value.Append('\n');
        }

        return new YamlScalar(mark, null, value.ToString(), folded ? ScalarStyle.Folded : ScalarStyle.Literal);
    }
}
