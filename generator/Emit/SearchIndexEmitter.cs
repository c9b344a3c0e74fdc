using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// A page as the search index keeps it: what a result shows (kind of page, title, summary, and the start of its text
/// for the script to cut a snippet from around the match) and the folded words (<see cref="SearchText"/>) of its
/// title, its summary and its main text, each once.
/// </summary>
public sealed record SearchDocument(string Url, string Kind, string Title, string Summary, string Text, string[] TitleWords, string[] SummaryWords, string[] Words)
{
    /// <summary>About what a result shows three times over, so the match is often in it, and 20 results stay small.</summary>
    public const int TextLength = 600;

    /// <summary>The title as search folds it, by which the pages are numbered; made once, as a preview keeps the document of a page it does not render again.</summary>
    public string FoldedTitle { get; } = SearchText.Fold(Title);

    /// <param name="mainText">The page's main content without navigation, as the renderer read it; it starts with the h1.</param>
    public static SearchDocument Of(string url, string kind, string title, string? summary, string mainText)
    {
        var titleWords = new DistinctWords().AddWordsOf(title).ToArray();
        var summaryWords = new DistinctWords().AddWordsOf(summary ?? "").ToArray();
        var words = new DistinctWords().Add(titleWords).Add(summaryWords).AddWordsOf(mainText).ToArray();
        return new SearchDocument(url, kind, title, summary ?? "", Lead(title, summary ?? "", mainText), titleWords, summaryWords, words);
    }

    /// <summary>
    /// The text after the page's heading and the summary (which many pages show first, and which is kept anyway) as one
    /// line, cut at a word before <see cref="TextLength"/> with " …". The renderer puts a line break at every tag, also around a link or an abbreviation inside a sentence, so the
    /// spaces that leaves before closing punctuation and after opening brackets are taken out again: "(FFT)", not "( FFT )".
    /// </summary>
    private static string Lead(string title, string summary, string mainText)
    {
        // Only the start of the main text's one line decides what is kept: the heading, a space, the summary, a space,
        // and the TextLength + 1 characters that say whether and where to cut.
        var summaryLine = summary.Length > 0 ? SearchText.OneLine(summary) : null;
        var text = After(SearchText.OneLineStart(mainText, title.Length + (summaryLine?.Length ?? 0) + TextLength + 3), title);
        text = summaryLine is not null ? After(text, summaryLine) : text;
        if (text.Length <= TextLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', TextLength);
        return text[..(cut > 0 ? cut : TextLength)] + " …";
    }

    private static string After(string text, string start) =>
        text.StartsWith(start, StringComparison.Ordinal) ? text[start.Length..].TrimStart() : text;
}

/// <summary>
/// The search index, in small files so that a query downloads only what it needs, at any size of site
/// (templates/assets/search.js reads them):
/// <list type="bullet">
/// <item>/sok/index.json: the number of pages, how many pages each page file holds, and the names of the word files;</item>
/// <item>/sok/ord/w-KEY.json: every word starting with KEY (its first three letters, or the whole word when shorter)
/// with the pages that have it, in the title, the summary or anywhere. A file that would pass <see cref="ShardLimit"/>
/// is split by one more letter, and the split keys are listed, so one query term needs one word file;</item>
/// <item>/sok/sider/N.json: address, kind of page, title, summary and the start of the text of <see cref="PagesPerFile"/>
/// pages, fetched only for the results shown.</item>
/// </list>
/// Pages are numbered in the order of their folded titles, so results of equal score list alphabetically without
/// knowing their titles. A page list is either the gaps between page numbers or, when shorter, a bitmap of all pages in base64.
/// </summary>
public static class SearchIndexEmitter
{
    public const int PagesPerFile = 8;
    public const int ShardLimit = 64 * 1024;
    public const int KeyLength = 3;
    public const string WordFolder = "ord";
    public const string PageFolder = "sider";

    /// <summary>The index of these pages, made from nothing.</summary>
    public static IReadOnlyList<SiteFile> Emit(IEnumerable<SearchDocument> documents) => new SearchIndex().Update(documents);

    /// <summary>The key of the word file a word (or a query term) belongs in, at a given key length.</summary>
    public static string KeyOf(string word, int length) => word.Length <= length ? word : word[..length];

    public static string WordFile(string key) => $"{SiteUrls.Search}{WordFolder}/w-{key}.json";

    public static string PageFile(int number) => $"{SiteUrls.Search}{PageFolder}/{number}.json";
}
