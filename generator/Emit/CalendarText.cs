using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// iCalendar text as RFC 5545 wants it: CRLF line ends, lines folded at 75 octets without splitting a character,
/// and TEXT values with backslash, semicolon, comma and line breaks escaped.
/// </summary>
public sealed class CalendarText
{
    private const int MaxOctets = 75;

    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is TEXT and so is escaped.</summary>
    public CalendarText Text(string name, string value) => Raw(name, Escape(value));

    /// <summary>A property whose value is written as it is (a date, a URI, a fixed word).</summary>
    public CalendarText Raw(string name, string value)
    {
        var line = name + ":" + value;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>Lines made by another <see cref="CalendarText"/>, such as one event of a calendar.</summary>
    public CalendarText Lines(string lines)
    {
        _text.Append(lines);
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");
}
