using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// Warns about abbreviations a reader may not know: a word of two to six capital letters anywhere in the content that
/// glossary.yml does not explain. Each such word is reported once, where it is first used, so the list stays short.
/// </summary>
public static partial class AbbreviationCheck
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-ZÆØÅ]{2,6}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    /// <param name="wordsOf">A document's capital words: <see cref="CapitalWords"/>, or a preview session's memory of them.</param>
    public static void Report(IReadOnlyList<SourceDocument> documents, IReadOnlyList<GlossaryTerm> glossary, DiagnosticBag diagnostics, Func<SourceDocument, CapitalWords>? wordsOf = null)
    {
        wordsOf ??= CapitalWordsOf;
        // A term explains every capital word in it: "OU-midler" explains OU, "ØHD/KAD" both ØHD and KAD.
        var explained = glossary.SelectMany(g => CapitalWord().Matches(g.Term).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Kind != ContentKind.Glossary).OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            foreach (var (word, line, column) in wordsOf(document).Words)
            {
                if (explained.Add(word))
                {
                    diagnostics.Warning(DiagnosticCodes.UnexplainedAbbreviation, new SourceSpan(document.Path, line, column),
                        $"Forkortelsen «{word}» er ikke forklart. Legg den til under «terms:» i content/glossary.yml, for eksempel «- {{ term: {word}, expansion: …, explanation: … }}», eller skriv ordet helt ut.");
                }
            }
        }
    }

    /// <summary>Each capital word of a document once, at its first line and column, in the order they first appear.</summary>
    public static CapitalWords CapitalWordsOf(SourceDocument document)
    {
        // The whole text at once, and a word's line found by counting line ends only up to it: no string per line,
        // and none per word but for its first use.
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<(string, int, int)>();
        var text = document.Text;
        var (line, lineStart, counted) = (1, 0, 0);
        foreach (var match in CapitalWord().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length);
            if (seen.Contains(word))
            {
                continue;
            }

            var before = text.AsSpan(counted, match.Index - counted);
            line += before.Count('\n');
            lineStart = before.LastIndexOf('\n') is var last and >= 0 ? counted + last + 1 : lineStart;
            counted = match.Index;
            var value = word.ToString();
            seen.Set.Add(value);
            words.Add((value, line, match.Index - lineStart + 1));
        }

        return new CapitalWords(words);
    }
}

/// <summary>The capital words of one document, each once, where first used: all a check of abbreviations needs of it.</summary>
public sealed record CapitalWords(IReadOnlyList<(string Word, int Line, int Column)> Words);
