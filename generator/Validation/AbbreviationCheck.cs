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

    public static void Report(IReadOnlyList<SourceDocument> documents, IReadOnlyList<GlossaryTerm> glossary, DiagnosticBag diagnostics)
    {
        // A term explains every capital word in it: "OU-midler" explains OU, "ØHD/KAD" both ØHD and KAD.
        var explained = glossary.SelectMany(g => CapitalWord().Matches(g.Term).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Kind != ContentKind.Glossary).OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            for (var line = 0; line < document.Lines.Count; line++)
            {
                foreach (Match word in CapitalWord().Matches(document.Lines[line]))
                {
                    if (explained.Add(word.Value))
                    {
                        diagnostics.Warning(DiagnosticCodes.UnexplainedAbbreviation, new SourceSpan(document.Path, line + 1, word.Index + 1),
                            $"Forkortelsen «{word.Value}» er ikke forklart. Legg den til under «terms:» i content/glossary.yml, for eksempel «- {{ term: {word.Value}, expansion: …, explanation: … }}», eller skriv ordet helt ut.");
                    }
                }
            }
        }
    }
}
