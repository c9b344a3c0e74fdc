namespace SiteGen.Emit;

/// <summary>
/// Folded words (<see cref="SearchText"/>) each once, in the order first met. A word becomes a string only the first
/// time: a page's text repeats most of its words, and the repeats are looked up as the characters they are.
/// </summary>
public sealed class DistinctWords
{
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
                Add(new string(word));
            }
        });
        return this;
    }

    public string[] ToArray() => [.. _inOrder];

    private void Add(string word)
    {
        if (_seen.Add(word))
        {
            _inOrder.Add(word);
        }
    }
}
