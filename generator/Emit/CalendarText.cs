using System.Buffers;
using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// iCalendar text as RFC 5545 wants it: CRLF line ends, lines folded at 75 octets without splitting a character,
/// and TEXT values with backslash, semicolon, comma and line breaks escaped. Written as UTF-8 as it goes: a calendar
/// file is bytes, and at 10,000 subprojects there are 50,000 events to write.
/// </summary>
public sealed class CalendarText : IDisposable
{
    private const int MaxOctets = 75;

    /// <summary>ASCII characters a TEXT value keeps as they are.</summary>
    private static readonly SearchValues<char> PlainText = SearchValues.Create(AsciiBut("\\;,\r\n"));

    private static readonly SearchValues<char> Ascii = SearchValues.Create(AsciiBut(""));

    private readonly FileBytes _bytes = new();
    private int _octets;

    /// <summary>A property whose value is TEXT and so is escaped.</summary>
    public CalendarText Text(string name, string value)
    {
        Start(name);
        for (var i = 0; i < value.Length; i++)
        {
            i += Run(value.AsSpan(i), PlainText);
            if (i == value.Length)
            {
                break;
            }

            switch (value[i])
            {
                case '\\' or ';' or ',':
                    Unit("\\");
                    Unit(value.AsSpan(i, 1));
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\n':
                    Unit("\\");
                    Unit("n");
                    break;
                default:
                    i += Character(value, i) - 1;
                    break;
            }
        }

        return End();
    }

    /// <summary>A property whose value is written as it is (a date, a URI, a fixed word).</summary>
    public CalendarText Raw(string name, string value)
    {
        Start(name);
        for (var i = 0; i < value.Length; i++)
        {
            i += Run(value.AsSpan(i), Ascii);
            if (i < value.Length)
            {
                i += Character(value, i) - 1;
            }
        }

        return End();
    }

    /// <summary>Lines made by another <see cref="CalendarText"/>, such as one event of a calendar.</summary>
    public CalendarText Lines(byte[] lines)
    {
        _bytes.Append(lines);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();

    public override string ToString() => _bytes.ToString();

    public void Dispose() => _bytes.Dispose();

    private void Start(string name)
    {
        _octets = 0;
        foreach (var c in name)
        {
            Unit([c]);
        }

        Unit(":");
    }

    private CalendarText End()
    {
        _bytes.Append('\r').Append('\n');
        return this;
    }

    /// <summary>Writes the character at <paramref name="i"/>, both halves of a surrogate pair together; returns how many chars that took.</summary>
    private int Character(string value, int i)
    {
        var width = char.IsSurrogatePair(value, i) ? 2 : 1;
        Unit(value.AsSpan(i, width));
        return width;
    }

    /// <summary>
    /// Writes the start of <paramref name="text"/> that is in <paramref name="plain"/>, one-octet characters, folded
    /// where a line is full, as <see cref="Unit"/> would write them one by one; returns how many it wrote. At 10,000
    /// subprojects a calendar's text is tens of millions of characters, nearly all of them such.
    /// </summary>
    private int Run(ReadOnlySpan<char> text, SearchValues<char> plain)
    {
        var run = text.IndexOfAnyExcept(plain) is var end and >= 0 ? text[..end] : text;
        for (var rest = run; !rest.IsEmpty;)
        {
            if (_octets == MaxOctets)
            {
                _bytes.Append('\r').Append('\n').Append(' ');
                _octets = 1;
            }

            var line = rest[..Math.Min(MaxOctets - _octets, rest.Length)];
            _bytes.Append(line);
            _octets += line.Length;
            rest = rest[line.Length..];
        }

        return run.Length;
    }

    private static string AsciiBut(string excluded) =>
        new([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !excluded.Contains(c))]);

    /// <summary>Text that is never split by a fold: one character, or a pair of surrogates.</summary>
    private void Unit(ReadOnlySpan<char> unit)
    {
        var ascii = unit is [< '\u0080'];
        var size = ascii ? 1 : Encoding.UTF8.GetByteCount(unit);
        if (_octets + size > MaxOctets)
        {
            _bytes.Append('\r').Append('\n').Append(' ');
            _octets = 1;
        }

        if (ascii)
        {
            _bytes.Append(unit[0]);
        }
        else
        {
            _bytes.Append(unit);
        }

        _octets += size;
    }
}
