using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using static SiteGen.Emit.SearchIndexEmitter;

namespace SiteGen.Emit;

/// <summary>
/// The files of the search index (<see cref="SearchIndexEmitter"/>) for a set of pages, kept up to date as pages
/// change. A preview session keeps one: when the pages are the same and in the same order (no title changed, none
/// came or went), a step re-makes only the page files and the word files of the pages rendered again, instead of the
/// postings of every word of 10,000 pages; anything else makes it all again. Either way the files are those a new
/// index of the same pages has.
/// </summary>
public sealed class SearchIndex
{
    // Written field by field: serialising by reflection made its metadata anew in every process, a tenth of a cold
    // build of the real site.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private List<SearchDocument> _pages = [];
    private Dictionary<string, WordPostings> _words = new(StringComparer.Ordinal);
    private Dictionary<string, SortedSet<string>> _wordsByKey = new(StringComparer.Ordinal);
    private List<SiteFile> _pageFiles = [];
    private SortedDictionary<string, Shards> _shards = new(StringComparer.Ordinal);

    /// <summary>Every file of the index of <paramref name="documents"/>: page files, word files, then index.json.</summary>
    public IReadOnlyList<SiteFile> Update(IEnumerable<SearchDocument> documents)
    {
        var pages = documents.OrderBy(d => d.FoldedTitle, StringComparer.Ordinal).ThenBy(d => d.Url, StringComparer.Ordinal).ToList();
        if (pages.Count != _pages.Count || pages.Where((p, i) => p.Url != _pages[i].Url).Any())
        {
            Rebuild(pages);
        }
        else
        {
            Change(pages);
        }

        var shards = _shards.Values;
        return
        [
            .. _pageFiles,
            .. shards.SelectMany(s => s.Files),
            Json("index.json", json =>
            {
                json.WriteStartObject();
                json.WriteNumber("pages", _pages.Count);
                json.WriteNumber("pages_per_file", PagesPerFile);
                json.WriteString("shards", string.Join(' ', shards.SelectMany(s => s.Keys)));
                json.WriteString("split", string.Join(' ', shards.SelectMany(s => s.SplitKeys)));
                json.WriteEndObject();
            }),
        ];
    }

    private void Rebuild(List<SearchDocument> pages)
    {
        _pages = pages;
        _pageFiles = [.. Enumerable.Range(0, (pages.Count + PagesPerFile - 1) / PagesPerFile).Select(PageFileOf)];
        _words = new Dictionary<string, WordPostings>(StringComparer.Ordinal);
        _wordsByKey = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var id = 0; id < pages.Count; id++)
        {
            Post(id, pages[id], add: true);
        }

        _shards = new SortedDictionary<string, Shards>(_wordsByKey.ToDictionary(k => k.Key, k => ShardsOf(k.Key), StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The same pages in the same order, some of them rendered again: their words move in the postings, and their files are made again.</summary>
    private void Change(List<SearchDocument> pages)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var files = new SortedSet<int>();
        for (var id = 0; id < pages.Count; id++)
        {
            var (before, now) = (_pages[id], pages[id]);
            if (ReferenceEquals(before, now))
            {
                continue;
            }

            files.Add(id / PagesPerFile);
            // Only the words the page lost or gained move: a body edit keeps most of a page's words, and each word
            // moved makes the files of its key again, which at 10,000 pages hold long lists.
            var (gone, come) = (Difference(before, now), Difference(now, before));
            keys.UnionWith(Post(id, gone, add: false));
            keys.UnionWith(Post(id, come, add: true));
        }

        _pages = pages;
        foreach (var file in files)
        {
            _pageFiles[file] = PageFileOf(file);
        }

        foreach (var key in keys)
        {
            if (_wordsByKey.TryGetValue(key, out var words) && words.Count > 0)
            {
                _shards[key] = ShardsOf(key);
            }
            else
            {
                _wordsByKey.Remove(key);
                _shards.Remove(key);
            }
        }
    }

    /// <summary>The words of <paramref name="page"/>, its title's and its summary's, that <paramref name="other"/> has not.</summary>
    private static SearchDocument Difference(SearchDocument page, SearchDocument other)
    {
        static string[] Except(string[] words, string[] others) => [.. words.Except(others, StringComparer.Ordinal)];
        return page with { TitleWords = Except(page.TitleWords, other.TitleWords), SummaryWords = Except(page.SummaryWords, other.SummaryWords), Words = Except(page.Words, other.Words) };
    }

    /// <summary>Adds page <paramref name="id"/> to the postings of its words, or takes it out of them; returns the keys of the words it touched.</summary>
    private IEnumerable<string> Post(int id, SearchDocument page, bool add)
    {
        foreach (var word in page.Words)
        {
            Of(word).All.Move(id, add);
        }

        foreach (var word in page.TitleWords)
        {
            Of(word).Title.Move(id, add);
        }

        foreach (var word in page.SummaryWords)
        {
            Of(word).Summary.Move(id, add);
        }

        // Every title and summary word is among the page's words, so a word in no page's words is in no list.
        foreach (var word in page.Words)
        {
            if (!add && _words[word].All.Count == 0)
            {
                _words.Remove(word);
                _wordsByKey[KeyOf(word, KeyLength)].Remove(word);
            }
        }

        // A word can move into or out of the title or summary alone (a difference of two pages), so all three lists count.
        return page.Words.Concat(page.TitleWords).Concat(page.SummaryWords).Select(w => KeyOf(w, KeyLength));
    }

    private WordPostings Of(string word)
    {
        if (!_words.TryGetValue(word, out var postings))
        {
            _words[word] = postings = new WordPostings(word);
            var key = KeyOf(word, KeyLength);
            if (_wordsByKey.TryGetValue(key, out var words))
            {
                words.Add(word);
            }
            else
            {
                _wordsByKey[key] = new SortedSet<string>([word], StringComparer.Ordinal);
            }
        }

        return postings;
    }

    private SiteFile PageFileOf(int number) => Json($"{PageFolder}/{number}.json", json =>
    {
        json.WriteStartArray();
        foreach (var page in _pages.Skip(number * PagesPerFile).Take(PagesPerFile))
        {
            json.WriteStartArray();
            foreach (var field in (ReadOnlySpan<string?>)[page.Url, page.Kind, page.Title, page.Summary, page.Text])
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    });

    private Shards ShardsOf(string key)
    {
        var shards = new Shards(_pages.Count);
        shards.Add(key, [.. _wordsByKey[key].Select(w => _words[w])]);
        return shards;
    }

    private static SiteFile Json(string name, Action<Utf8JsonWriter> write)
    {
        using var bytes = new FileBytes();
        using (var json = new Utf8JsonWriter(bytes, WriterOptions))
        {
            write(json);
        }

        return SiteFile.AtUrl(SiteGen.Model.SiteUrls.Search + name, bytes.Append('\n').ToArray());
    }

    /// <summary>Each word with the numbers of the pages that have it anywhere, in their title and in their summary, ascending.</summary>
    private sealed record WordPostings(string Word)
    {
        public PageNumbers All { get; } = new();
        public PageNumbers Title { get; } = new();
        public PageNumbers Summary { get; } = new();

        /// <summary>[all, title, summary] with empty lists at the end left out.</summary>
        public string ToJson(int pageCount)
        {
            List<PageNumbers> lists = Summary.Count > 0 ? [All, Title, Summary] : Title.Count > 0 ? [All, Title] : [All];
            return "[" + string.Join(',', lists.Select(l => Encode(l, pageCount))) + "]";
        }
    }

    /// <summary>Page numbers in ascending order.</summary>
    private sealed class PageNumbers : List<int>
    {
        public void Move(int id, bool add)
        {
            // Pages are posted in ascending order when the index is made, so most additions go at the end.
            var at = Count > 0 && this[^1] < id ? ~Count : BinarySearch(id);
            if (add && at < 0)
            {
                Insert(~at, id);
            }
            else if (!add && at >= 0)
            {
                RemoveAt(at);
            }
        }
    }

    /// <summary>The word files of one key, split by one more letter where one would be too large.</summary>
    private sealed class Shards(int pageCount)
    {
        public List<string> Keys { get; } = [];
        public List<string> SplitKeys { get; } = [];
        public List<SiteFile> Files { get; } = [];

        public void Add(string key, IReadOnlyList<WordPostings> words)
        {
            var entries = words.Select(w => $"\"{w.Word}\":{w.ToJson(pageCount)}").ToList();
            if (entries.Sum(e => e.Length + 1) > ShardLimit && words.Any(w => w.Word.Length > key.Length))
            {
                SplitKeys.Add(key);
                var exact = words.Where(w => w.Word.Length == key.Length).ToList();
                if (exact.Count > 0)
                {
                    Add(key, exact);
                }

                foreach (var group in words.Where(w => w.Word.Length > key.Length).GroupBy(w => KeyOf(w.Word, key.Length + 1)))
                {
                    Add(group.Key, [.. group]);
                }

                return;
            }

            Keys.Add(key);
            Files.Add(SiteFile.Text(WordFile(key).TrimStart('/'), "{" + string.Join(',', entries) + "}\n"));
        }
    }

    /// <summary>Ascending page numbers as the gaps between them ([3,1,4] is 3, 4, 8), or as a base64 bitmap when that is shorter.</summary>
    private static string Encode(List<int> ids, int pageCount)
    {
        var gaps = new StringBuilder("[");
        var previous = 0;
        foreach (var id in ids)
        {
            gaps.Append(gaps.Length > 1 ? "," : "").Append(id - previous);
            previous = id;
        }

        gaps.Append(']');
        var bitmapLength = ((pageCount + 7) / 8 + 2) / 3 * 4 + 2;
        if (gaps.Length <= bitmapLength)
        {
            return gaps.ToString();
        }

        var bits = new byte[(pageCount + 7) / 8];
        foreach (var id in ids)
        {
            bits[id >> 3] |= (byte)(1 << (id & 7));
        }

        return "\"" + Convert.ToBase64String(bits) + "\"";
    }
}
