namespace SiteGen.Model;

/// <summary>
/// Numbers the items of a list that share a key, in list order (1, 2, …), so that items need no unique name to be
/// told apart: a plan may report "Rapportering av framdrift" in January and again in June.
/// </summary>
public static class Occurrences
{
    /// <param name="key">What items that are told apart by number share: text compares ordinally.</param>
    public static IEnumerable<(T Item, int Number)> Number<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, int>();
        foreach (var item in items)
        {
            var k = key(item);
            var number = seen.GetValueOrDefault(k) + 1;
            seen[k] = number;
            yield return (item, number);
        }
    }
}
