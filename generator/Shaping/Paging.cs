namespace SiteGen.Shaping;

/// <summary>A numbered page of a long list, with the addresses of all its pages.</summary>
public sealed record Pager(int Number, IReadOnlyList<string> Urls)
{
    public int Count => Urls.Count;

    /// <summary>The page links, only when the list has more than one page.</summary>
    public Block? Nav => Count > 1 ? Block.Of("pager", "nav") : null;

    public string? Previous => Number > 1 ? Urls[Number - 2] : null;

    public string? Next => Number < Count ? Urls[Number] : null;

    /// <summary>The pages as numbered links; Current on this one.</summary>
    public IReadOnlyList<PagerLink> Links => [.. Urls.Select((url, i) => new PagerLink(i + 1, url, i + 1 == Number))];
}

public sealed record PagerLink(int Number, string Url, bool Current)
{
    /// <summary>The link's aria-current: "page" on the page it leads to.</summary>
    public string? AriaCurrent => Current ? "page" : null;
}

/// <summary>One page's share of a long list, and where it sits among the others.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, Pager Pager);

/// <summary>
/// Splits lists that grow with the programme into pages of at most <see cref="MaxItems"/> items, so no page of a
/// programme with thousands of subprojects is too large to load on a phone (or over the 500 KB budget). The first page
/// keeps the list's own address; the next ones add their number: /oppdateringer/, /oppdateringer/2/, …
/// </summary>
public static class Paging
{
    public const int MaxItems = 200;

    public static IReadOnlyList<Paged<T>> Split<T>(IReadOnlyList<T> items, string firstUrl, int size = MaxItems)
    {
        var chunks = items.Count == 0 ? [[]] : items.Chunk(size).ToList();
        var urls = Enumerable.Range(1, chunks.Count).Select(n => UrlOf(firstUrl, n)).ToList();
        return [.. chunks.Select((chunk, i) => new Paged<T>(chunk, new Pager(i + 1, urls)))];
    }

    public static string UrlOf(string firstUrl, int number) => number == 1 ? firstUrl : $"{firstUrl}{number}/";
}
