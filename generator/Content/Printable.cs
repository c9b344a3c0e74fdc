using System.Buffers;

namespace SiteGen.Content;

/// <summary>
/// Characters no page, feed or calendar can carry: control characters other than tab and line ends, U+FFFE and
/// U+FFFF, and halves of surrogate pairs on their own. XML refuses them, so a feed with one could not be written; they
/// come in by copying from other programs, or from an escape in quotes (<c>"\x01"</c>).
/// </summary>
public static class Printable
{
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    // A search of its own rather than IndexOfAnyInRange, whose generic code boxed both bounds on every call until the
    // JIT got round to optimising it: a fifth of what loading allocated.
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(string.Create(0xE000 - 0xD800, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0xD800 + i);
        }
    }));

    public const string Advice = "Slett tegnet, eller skriv teksten inn på nytt (slike tegn følger ofte med når tekst kopieres fra et annet program).";

    /// <summary>The index of the first refused character in <paramref name="text"/>, or -1.</summary>
    public static int FirstRefused(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Refused);
        var limit = first < 0 ? text.Length : first;
        for (var i = text[..limit].IndexOfAny(Surrogates); i >= 0 && i < limit; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return first;
    }

    public static string Name(char refused) => $"U+{(int)refused:X4}";

    /// <summary><paramref name="text"/> with every refused character replaced by U+FFFD.</summary>
    public static string Replaced(string text)
    {
        var characters = text.ToCharArray();
        for (int at = 0, next; at < characters.Length && (next = FirstRefused(characters.AsSpan(at))) >= 0; at += next + 1)
        {
            characters[at + next] = '\uFFFD';
        }

        return new string(characters);
    }
}
