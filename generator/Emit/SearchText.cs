using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.Emit;

/// <summary>
/// Text as search sees it, the same way templates/assets/search.js folds a query: lower case, å and æ → a, ø → o,
/// the accents of <see cref="Accented"/> dropped, the spellings "aa" and "ae" → a, and words made of a–z and 0–9 only.
/// So "sykefravær", "sykefravaer" and "Sykefravar" are one word, in the index and in the query. The accents are a
/// table rather than Unicode decomposition because the generator runs without ICU (InvariantGlobalization); the
/// script has the same table.
/// </summary>
/// <remarks>
/// Words are found in one pass over the characters with no regular expressions, and folded into a reused buffer
/// rather than a string each: every page's text goes through here, and most of its words are repeats.
/// </remarks>
public static partial class SearchText
{
    /// <summary>Each letter of this string folds to the letter at the same place in <see cref="Plain"/>.</summary>
    private const string Accented = "åæøàáâãäāçčéèêëēěíìîïīñňóòôõöōřšúùûüūůýÿž";
    private const string Plain = "aaoaaaaaacceeeeeeiiiiinnoooooorsuuuuuuyyz";

    public static string Fold(string text)
    {
        // Folding never lengthens a text.
        var folded = new FoldedText(new char[text.Length]);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }

        return new string(folded.Flush());
    }

    /// <summary>The folded words of a text, in order, repeats included.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, word => words.Add(new string(word)));
        return words;
    }

    /// <summary>
    /// Calls <paramref name="found"/> with each folded word of a text, in order, repeats included. The word is only
    /// valid during the call: its characters are overwritten by the next one.
    /// </summary>
    public static void ForEachWord(string text, Action<ReadOnlySpan<char>> found)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var word = new FoldedText(buffer);
            foreach (var c in text)
            {
                var folded = FoldChar(c);
                if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    word.Append(folded);
                }
                else
                {
                    Found(word.Flush(), found);
                    word.Clear();
                }
            }

            Found(word.Flush(), found);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        static void Found(ReadOnlySpan<char> word, Action<ReadOnlySpan<char>> found)
        {
            if (word.Length > 0)
            {
                found(word);
            }
        }
    }

    /// <summary>
    /// A text's runs of white space as single spaces, without the space the renderer's line break at a tag leaves
    /// before closing punctuation ("KS' helhetsmodell", "tillitsvalgte.") and after an opening bracket or quote.
    /// </summary>
    public static string OneLine(string text) =>
        SpaceAtPunctuation().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "");

    /// <summary>
    /// At least the first <paramref name="length"/> characters of <see cref="OneLine(string)"/> of a text (all of it
    /// when shorter), from no more of the text than that needs, so that a long page costs no more than a short one.
    /// </summary>
    /// <remarks>
    /// The one line of the start of a text is the start of the text's one line but for its last two characters: the
    /// runs of white space are the same up to where the start ends (where it may cut a word short), and whether a space
    /// goes depends on the two characters after it at most. Text with much white space needs a longer start, or all of it.
    /// </remarks>
    public static string OneLineStart(string text, int length)
    {
        for (var read = length + length / 4 + 2; read < text.Length; read *= 2)
        {
            var start = OneLine(text[..read]);
            if (start.Length - 2 >= length)
            {
                return start[..^2];
            }
        }

        return OneLine(text);
    }

    [GeneratedRegex(@" (?=[,;:!?)\]»”])| (?=[.'’](?:[ ,.;:!?)]|$))|(?<=[(\[«“]) ")]
    private static partial Regex SpaceAtPunctuation();

    private static char FoldChar(char c)
    {
        // No accented letter is ASCII: most characters need no look in the table.
        if (char.IsAscii(c))
        {
            return char.ToLowerInvariant(c);
        }

        var lower = char.ToLowerInvariant(c);
        var at = Accented.IndexOf(lower);
        return at >= 0 ? Plain[at] : lower;
    }

    /// <summary>
    /// Folded characters written into a buffer at least as long as the text they come from, with "aa" and "ae" read
    /// left to right as "a", as a non-overlapping replace does: an "a" waits to see what follows it.
    /// </summary>
    private ref struct FoldedText(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private char _pending;

        public void Append(char c)
        {
            if (_pending == 'a')
            {
                _pending = '\0';
                _buffer[_length++] = 'a';
                if (c is 'a' or 'e')
                {
                    return;
                }
            }

            if (c == 'a')
            {
                _pending = 'a';
            }
            else
            {
                _buffer[_length++] = c;
            }
        }

        /// <summary>The text so far, with a waiting "a" written out.</summary>
        public ReadOnlySpan<char> Flush()
        {
            if (_pending != '\0')
            {
                _buffer[_length++] = _pending;
                _pending = '\0';
            }

            return _buffer[.._length];
        }

        public void Clear() => _length = 0;
    }
}
