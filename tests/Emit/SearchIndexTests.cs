using SiteGen.Diagnostics;
using SiteGen.Rendering;
using System.Text.Json;
using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Emit;

public class SearchIndexTests(RealSite real) : IClassFixture<RealSite>
{
    private sealed record Entry(string Url, string Title, string Summary, string Words);

    private List<Entry> Index() =>
        JsonSerializer.Deserialize<List<Entry>>(real.Site.Text(SiteUrls.SearchIndex), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    [Fact]
    public void Index_has_every_page_except_the_404_page_and_the_search_page_itself()
    {
        Assert.Equal(real.Site.PageUrls.Where(u => u is not (SiteUrls.NotFound or SiteUrls.Search)), Index().Select(e => e.Url));
    }

    [Fact]
    public void Index_of_the_real_site_stays_under_300_kb_so_a_phone_can_fetch_it_for_the_first_query()
    {
        Assert.InRange(new FileInfo(real.Site.FileOf(SiteUrls.SearchIndex)).Length, 1, 300 * 1024);
    }

    [Fact]
    public void Pages_are_indexed_with_their_title_summary_and_the_words_of_their_title()
    {
        var update = real.Model.Updates[0];

        var entry = Index().Single(e => e.Url == SiteUrls.Update(update.Slug));

        Assert.Equal(update.Title, entry.Title);
        Assert.Equal(update.Summary, entry.Summary);
        // A word may be kept only inside a longer word of the page; search matches inside words, so it is still found.
        var indexed = entry.Words.Split(' ');
        Assert.All(SearchIndexEmitter.WordsOf(update.Title), word => Assert.Contains(indexed, w => w.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void Words_are_the_main_text_lower_cased_once_each_without_navigation_header_footer_or_words_inside_other_words()
    {
        const string html = """
            <html><body><header>Levanger</header><nav>Meny</nav>
            <main><nav aria-label="Brødsmulesti">Forside</nav><h1>Skolemiljø på Åsen</h1><p>Bedre skolemiljø, økt trivsel i skolen og på skole.</p></main>
            <footer>Sist oppdatert</footer></body></html>
            """;

        var mainText = new PageInspector(new DiagnosticBag()).Inspect("/", "test.sbn", html);

        Assert.Equal(["skolemiljø", "på", "åsen", "bedre", "økt", "trivsel", "skolen", "og"], SearchIndexEmitter.WordsOf(mainText));
    }
}
