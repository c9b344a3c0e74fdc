using System.Text;
using System.Text.Json;
using SiteGen.Emit;
using SiteGen.Model;

namespace SiteGen.Tests.Support;

/// <summary>
/// What templates/assets/search.js does for one query, in C#: which index files it downloads (and how many bytes)
/// and which results it shows. The browser tests prove the script itself; this one measures every query cheaply.
/// </summary>
public sealed class SearchClient(Func<string, byte[]?> file)
{
    private readonly Dictionary<string, byte[]?> _fetched = new(StringComparer.Ordinal);

    /// <summary>A result as the script reads it; the script cuts the snippet from the summary and the text.</summary>
    public sealed record Result(string Url, string Kind, string Title, string Summary, string Text);

    /// <summary>Bytes downloaded so far; each file counts once, as the script fetches each once per page view.</summary>
    public long BytesFetched => _fetched.Values.Sum(b => b?.Length ?? 0);

    public static SearchClient Over(IEnumerable<SiteFile> files)
    {
        var byUrl = files.ToDictionary(f => f.Url, f => f.Content, StringComparer.Ordinal);
        return new SearchClient(url => byUrl.GetValueOrDefault(url));
    }

    /// <summary>How many pages match, and the first 20 as the script lists them.</summary>
    public (int Count, IReadOnlyList<Result> Shown) Search(string query)
    {
        using var manifest = Json(SiteUrls.SearchIndex);
        var index = manifest.RootElement;
        var shards = index.GetProperty("shards").GetString()!.Split(' ').ToHashSet(StringComparer.Ordinal);
        var split = index.GetProperty("split").GetString()!.Split(' ').ToHashSet(StringComparer.Ordinal);
        var perFile = index.GetProperty("pages_per_file").GetInt32();

        Dictionary<int, int>? total = null;
        foreach (var term in SearchText.Words(query))
        {
            var key = SearchIndexEmitter.KeyOf(term, SearchIndexEmitter.KeyLength);
            while (split.Contains(key) && term.Length > key.Length)
            {
                key = term[..(key.Length + 1)];
            }

            var best = new Dictionary<int, int>();
            if (shards.Contains(key))
            {
                using var shard = Json(SearchIndexEmitter.WordFile(key));
                foreach (var word in shard.RootElement.EnumerateObject().Where(w => w.Name.StartsWith(term, StringComparison.Ordinal)))
                {
                    var field = 0;
                    foreach (var list in word.Value.EnumerateArray())
                    {
                        var weight = new[] { 1, 3, 2 }[field++];
                        foreach (var page in PagesIn(list))
                        {
                            best[page] = Math.Max(best.GetValueOrDefault(page), weight);
                        }
                    }
                }
            }

            total = total is null ? best : total.Where(p => best.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value + best[p.Key]);
        }

        var hits = (total ?? []).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
        var shown = hits.Take(20).Select(page =>
        {
            using var pages = Json(SearchIndexEmitter.PageFile(page / perFile));
            var entry = pages.RootElement[page % perFile];
            return new Result(entry[0].GetString()!, entry[1].GetString()!, entry[2].GetString()!, entry[3].GetString()!, entry[4].GetString()!);
        }).ToList();
        return (hits.Count, shown);
    }

    private JsonDocument Json(string url)
    {
        if (!_fetched.TryGetValue(url, out var bytes))
        {
            bytes = _fetched[url] = file(url);
        }

        return JsonDocument.Parse(bytes ?? throw new InvalidOperationException($"search.js would fetch {url}, which the build did not write."));
    }

    private static IEnumerable<int> PagesIn(JsonElement list)
    {
        if (list.ValueKind == JsonValueKind.String)
        {
            var bits = Convert.FromBase64String(list.GetString()!);
            return Enumerable.Range(0, bits.Length * 8).Where(i => (bits[i >> 3] & (1 << (i & 7))) != 0);
        }

        var page = 0;
        return list.EnumerateArray().Select(gap => page += gap.GetInt32()).ToList();
    }
}
