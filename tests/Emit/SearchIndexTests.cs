using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;
using SyntheticProgramme;

namespace SiteGen.Tests.Emit;

public class SearchIndexTests(RealSite real) : IClassFixture<RealSite>
{
    private const int FirstQueryLimit = 300 * 1024;

    private SearchClient Client() => new(url => real.Site.Exists(url) ? File.ReadAllBytes(real.Site.FileOf(url)) : null);

    [Fact]
    public void The_page_files_hold_every_page_except_the_404_page_and_the_search_page_itself_once()
    {
        var pages = Directory.GetFiles(real.Site.FileOf(SiteUrls.Search + SearchIndexEmitter.PageFolder + "/x").Replace("x", ""), "*.json")
            .SelectMany(f => JsonSerializer.Deserialize<string[][]>(File.ReadAllText(f))!)
            .Select(p => p[0]);

        Assert.Equal(real.Site.PageUrls.Where(u => u is not (SiteUrls.NotFound or SiteUrls.Search)), pages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_result_shows_the_title_the_kind_of_page_and_the_summary_as_snippet()
    {
        var update = real.Model.Updates[0];
        var subproject = real.Model.Subprojects[0];

        var (_, shown) = Client().Search(update.Title);
        var (_, shownSubproject) = Client().Search(subproject.Title);

        Assert.Contains(new SearchClient.Result(SiteUrls.Update(update.Slug), "Oppdatering", update.Title, update.Summary!), shown);
        Assert.Equal("Delprosjekt", shownSubproject.First(r => r.Url == SiteUrls.Subproject(subproject.Slug)).Kind);
    }

    [Fact]
    public void Without_a_summary_the_snippet_is_the_start_of_the_text_under_the_heading_cut_at_a_word()
    {
        var text = "Milepæler\n" + string.Join(' ', Enumerable.Repeat("Arbeidet med turnus starter i januar.", 10));

        var snippet = SearchDocument.Of("/milepaler/", "Oversikt", "Milepæler", null, text).Snippet;

        Assert.StartsWith("Arbeidet med turnus starter i januar. Arbeidet", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.InRange(snippet.Length, 100, 162);
    }

    [Theory]
    [InlineData("skole", "/delprosjekter/skolemiljo/")]
    [InlineData("Sykefravær oppfølging", "/delprosjekter/sykefravaer/")]
    [InlineData("sykefravar", "/delprosjekter/sykefravaer/")]
    public void A_query_finds_pages_by_the_start_of_their_words_folded_as_the_script_folds(string query, string url)
    {
        var (count, shown) = Client().Search(query);

        Assert.Contains(url, shown.Select(r => r.Url));
        Assert.Equal(Math.Min(count, 20), shown.Count);
    }

    [Fact]
    public void A_page_with_the_term_in_its_title_comes_before_one_with_it_only_in_its_text()
    {
        var (_, shown) = Client().Search("skolemiljø");

        Assert.Equal("/delprosjekter/skolemiljo/", shown[0].Url);
    }

    [Fact]
    public void Words_are_the_main_text_folded_without_navigation_header_or_footer()
    {
        const string html = """
            <html><body><header>Levanger</header><nav>Meny</nav>
            <main><nav aria-label="Brødsmulesti">Forside</nav><h1>Skolemiljø på Åsen</h1><p>Bedre skolemiljø, økt trivsel i skolen og på skole.</p></main>
            <footer>Sist oppdatert</footer></body></html>
            """;

        var mainText = new PageInspector(new DiagnosticBag()).Inspect("/", "test.sbn", html);

        Assert.Equal(["skolemiljo", "pa", "asen", "bedre", "okt", "trivsel", "i", "skolen", "og", "skole"], SearchDocument.Of("/", "Side", "Skolemiljø på Åsen", null, mainText).Words);
    }

    [Theory]
    [InlineData("Sykefravær", "sykefravar")]
    [InlineData("SYKEFRAVAER", "sykefravar")]
    [InlineData("Kåre Ødegård", "kare odegard")]
    [InlineData("Café naïve", "cafe naive")]
    public void Folding_is_the_scripts(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    /// <summary>
    /// The files of a generated programme of 10,000 subprojects: the first query of a reader downloads at most
    /// 300 KB, whatever the query: the commonest word, a word in half the pages, a prefix, two words, a title.
    /// </summary>
    [Fact]
    public void The_first_query_on_a_programme_of_10000_subprojects_downloads_at_most_300_kb()
    {
        var documents = new ProgrammeMaker(10_000, seed: 1).Files()
            .Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal))
            .AsParallel()
            .Select(f => SearchDocument.Of("/" + f.Path[..^3] + "/", "Delprosjekt", TitleOf(f.Text), null, f.Text))
            .ToList();
        var files = SearchIndexEmitter.Emit(documents);
        var commonest = documents.SelectMany(d => d.Words).GroupBy(w => w).MaxBy(g => g.Count())!.Key;

        foreach (var query in new[] { commonest, "kommunen", "sko", "tiltaket vurderer", documents[4321].Title, "x" })
        {
            var client = SearchClient.Over(files);
            var (count, shown) = client.Search(query);

            Assert.True(client.BytesFetched <= FirstQueryLimit, $"'{query}' downloads {client.BytesFetched} bytes ({count} hits).");
            Assert.Equal(Math.Min(count, 20), shown.Count);
        }

        Assert.Equal(documents.Count(d => d.Words.Contains(commonest)), SearchClient.Over(files).Search(commonest).Count);
    }

    private static string TitleOf(string text) =>
        text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
}
