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
public static partial class SearchText
{
    /// <summary>Each letter of this string folds to the letter at the same place in <see cref="Plain"/>.</summary>
    private const string Accented = "åæøàáâãäāçčéèêëēěíìîïīñňóòôõöōřšúùûüūůýÿž";
    private const string Plain = "aaoaaaaaacceeeeeeiiiiinnoooooorsuuuuuuyyz";

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.ToLowerInvariant());
        for (var i = 0; i < folded.Length; i++)
        {
            var at = Accented.IndexOf(folded[i]);
            folded[i] = at >= 0 ? Plain[at] : folded[i];
        }

        return DoubledVowel().Replace(folded.ToString(), "a");
    }

    /// <summary>The folded words of a text, in order, repeats included.</summary>
    public static IEnumerable<string> Words(string text) =>
        NotWord().Split(Fold(text)).Where(word => word.Length > 0);

    /// <summary>
    /// A text's runs of white space as single spaces, without the space the renderer's line break at a tag leaves
    /// before closing punctuation ("KS' helhetsmodell", "tillitsvalgte.") and after an opening bracket or quote.
    /// </summary>
    public static string OneLine(string text) =>
        SpaceAtPunctuation().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "");

    [GeneratedRegex(@" (?=[,;:!?)\]»”])| (?=[.'’](?:[ ,.;:!?)]|$))|(?<=[(\[«“]) ")]
    private static partial Regex SpaceAtPunctuation();

    [GeneratedRegex("aa|ae")]
    private static partial Regex DoubledVowel();

    [GeneratedRegex("[^0-9a-z]+")]
    private static partial Regex NotWord();
}
