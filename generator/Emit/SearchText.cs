using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Emit;

/// <summary>
/// Text as search sees it, the same way templates/assets/search.js folds a query: lower case, å and æ → a, ø → o,
/// the accents of <see cref="Accented"/> dropped, the spellings "aa" and "ae" → a, and words made of a–z and 0–9 only.
/// So "sykefravær", "sykefravaer" and "Sykefravar" are one word, in the index and in the query. The accents are a
/// table rather than Unicode decomposition because the generator runs without ICU (InvariantGlobalization); the
/// script has the same table.
/// </summary>
/// <remarks>Words are found in one pass over the characters with no regular expressions: every page's text goes through here.</remarks>
public static partial class SearchText
{
    /// <summary>Each letter of this string folds to the letter at the same place in <see cref="Plain"/>.</summary>
    private const string Accented = "åæøàáâãäāçčéèêëēěíìîïīñňóòôõöōřšúùûüūůýÿž";
    private const string Plain = "aaoaaaaaacceeeeeeiiiiinnoooooorsuuuuuuyyz";

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var pending = '\0';
        foreach (var c in text)
        {
            Append(folded, ref pending, FoldChar(c));
        }

        return Flush(folded, ref pending).ToString();
    }

    /// <summary>The folded words of a text, in order, repeats included.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var pending = '\0';
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                Append(word, ref pending, folded);
            }
            else if (Flush(word, ref pending).Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (Flush(word, ref pending).Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// A text's runs of white space as single spaces, without the space the renderer's line break at a tag leaves
    /// before closing punctuation ("KS' helhetsmodell", "tillitsvalgte.") and after an opening bracket or quote.
    /// </summary>
    public static string OneLine(string text) =>
        SpaceAtPunctuation().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "");

    [GeneratedRegex(@" (?=[,;:!?)\]»”])| (?=[.'’](?:[ ,.;:!?)]|$))|(?<=[(\[«“]) ")]
    private static partial Regex SpaceAtPunctuation();

    private static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var at = Accented.IndexOf(lower);
        return at >= 0 ? Plain[at] : lower;
    }

    /// <summary>
    /// Appends with "aa" and "ae" read left to right as "a", as a non-overlapping replace does: an "a" waits to see what
    /// follows it.
    /// </summary>
    private static void Append(StringBuilder text, ref char pending, char c)
    {
        if (pending == 'a')
        {
            pending = '\0';
            text.Append('a');
            if (c is 'a' or 'e')
            {
                return;
            }
        }

        if (c == 'a')
        {
            pending = 'a';
        }
        else
        {
            text.Append(c);
        }
    }

    private static StringBuilder Flush(StringBuilder text, ref char pending)
    {
        if (pending != '\0')
        {
            text.Append(pending);
            pending = '\0';
        }

        return text;
    }
}
