using System.Collections.Concurrent;

namespace SiteGen.Emit;

/// <summary>
/// Folded words (<see cref="SearchText"/>) each once, in the order first met. A word becomes a string only the first
/// time: a page's text repeats most of its words, and the repeats are looked up as the characters they are.
/// </summary>
public sealed class DistinctWords
{
    /// <summary>
    /// Each word once for the whole process: the search index keeps every page's words until it is written (at 10,000
    /// subprojects millions of them), and most words are on many pages. It holds the site's vocabulary, no more.
    /// </summary>
    private static readonly ConcurrentDictionary<string, byte> Vocabulary = new(StringComparer.Ordinal);

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _inOrder = [];

    public DistinctWords Add(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }

        return this;
    }

    public DistinctWords AddWordsOf(string text)
    {
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        SearchText.ForEachWord(text, word =>
        {
            if (!seen.Contains(word))
            {
                Add(Shared(word));
            }
        });
        return this;
    }

    public string[] ToArray() => [.. _inOrder];

    private static string Shared(ReadOnlySpan<char> word)
    {
        var known = Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(word, out var existing, out _))
        {
            return existing;
        }

        var created = new string(word);
        return Vocabulary.TryAdd(created, 0) || !known.TryGetValue(word, out existing, out _) ? created : existing;
    }

    private void Add(string word)
    {
        if (_seen.Add(word))
        {
            _inOrder.Add(word);
        }
    }
}
