using System.Text.RegularExpressions;
using System.Text.Json;
using Xunit.Abstractions;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;
using SyntheticProgramme;

namespace SiteGen.Tests.Emit;

public class SearchIndexTests(RealSite real, ITestOutputHelper output) : IClassFixture<RealSite>
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
    public void A_result_brings_the_title_the_kind_of_page_the_summary_and_the_text_under_the_heading()
    {
        var update = real.Model.Updates[0];
        var subproject = real.Model.Subprojects[0];

        var (_, shown) = Client().Search(update.Title);
        var (_, shownSubproject) = Client().Search(subproject.Title);

        var result = shown.Single(r => r.Url == SiteUrls.Update(update.Slug));
        Assert.Equal(("Oppdatering", update.Title, update.Summary), (result.Kind, result.Title, result.Summary));
        Assert.DoesNotContain(update.Title, result.Text[..Math.Min(result.Text.Length, update.Title.Length + 1)]);
        Assert.InRange(result.Text.Length, 200, SearchDocument.TextLength + 2);
        Assert.Equal("Delprosjekt", shownSubproject.First(r => r.Url == SiteUrls.Subproject(subproject.Slug)).Kind);
    }

    [Fact]
    public void The_text_kept_for_snippets_is_the_text_under_the_heading_on_one_line_cut_at_a_word_before_600_characters()
    {
        var text = "Milepæler\n" + string.Join("\n", Enumerable.Repeat("Arbeidet med  turnus\nstarter i januar.", 30));

        var kept = SearchDocument.Of("/milepaler/", "Oversikt", "Milepæler", null, text).Text;

        Assert.StartsWith("Arbeidet med turnus starter i januar. Arbeidet med turnus", kept);
        Assert.EndsWith(" …", kept);
        Assert.InRange(kept.Length, SearchDocument.TextLength - 40, SearchDocument.TextLength + 2);
        Assert.Contains(kept[..^2].Split(' ')[^1], new[] { "Arbeidet", "med", "turnus", "starter", "i", "januar." });
    }

    [Fact]
    public void The_kept_text_has_no_space_where_a_link_or_an_abbreviation_inside_a_sentence_ended_a_text_run()
    {
        // What the renderer reads from <p>… (<a><abbr>FFT</abbr></a>), der <a><abbr>KS</abbr></a>' modell «<a>her</a>».</p>
        const string mainText = "Styring\nForum for tillitsvalgte (\nFFT\n), der\nKS\n' modell gjelder «\nher\n».\nNeste avsnitt";

        var kept = SearchDocument.Of("/styring/", "Side", "Styring", "Sammendrag", mainText);

        Assert.Equal("Forum for tillitsvalgte (FFT), der KS' modell gjelder «her». Neste avsnitt", kept.Text);
        Assert.Equal("Sammendrag", kept.Summary);
    }

    [Fact]
    public void The_kept_text_leaves_out_the_summary_the_page_starts_with_since_the_summary_is_kept_beside_it()
    {
        const string summary = "Bedre skolemiljø (BaFa) i grunnskolen.";
        const string mainText = "Skolemiljø\nBedre skolemiljø (\nBaFa\n) i grunnskolen.\nStatus\nPågår";

        var kept = SearchDocument.Of("/skolemiljo/", "Delprosjekt", "Skolemiljø", summary, mainText);

        Assert.Equal((summary, "Status Pågår"), (kept.Summary, kept.Text));
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
    [InlineData("Saaaae Aæ-e", "saae a-e")]
    public void Folding_is_the_scripts(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    /// <summary>
    /// The words are the folded text split at everything but a–z and 0–9, as search.js splits a query, also where
    /// "aa" and "ae" meet accents, capitals and word breaks.
    /// </summary>
    [Fact]
    public void Words_are_the_folded_text_split_where_the_script_splits_it()
    {
        var random = new Random(7);
        const string alphabet = "aAeEæÆåÅøØé9z -.,\n";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            Assert.Equal(Regex.Split(SearchText.Fold(text), "[^0-9a-z]+").Where(w => w.Length > 0), SearchText.Words(text));
        }
    }

    /// <summary>A page is found by every word of its title, its summary and its text, and each word is listed once.</summary>
    [Fact]
    public void A_pages_words_are_those_of_its_title_summary_and_text_each_once_in_the_order_first_met()
    {
        var random = new Random(11);
        const string alphabet = "aAeEæÆåÅøØé9z -.,\n";
        string Text(int length) => new([.. Enumerable.Range(0, random.Next(0, length)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var i = 0; i < 1000; i++)
        {
            var (title, summary, mainText) = (Text(12), random.Next(3) == 0 ? null : Text(20), Text(200));

            var document = SearchDocument.Of("/", "Side", title, summary, mainText);

            Assert.Equal(SearchText.Words(title).Distinct(), document.TitleWords);
            Assert.Equal(SearchText.Words(summary ?? "").Distinct(), document.SummaryWords);
            Assert.Equal(SearchText.Words(title + " " + summary + " " + mainText).Distinct(), document.Words);
        }
    }

    /// <summary>
    /// The start of a text's one line, which is all the kept text needs, is the start of the whole text's one line,
    /// wherever the part read ends: in a word, in white space, before punctuation whose space goes, and also when the
    /// text is mostly white space.
    /// </summary>
    [Fact]
    public void The_start_of_a_texts_one_line_is_the_start_of_the_whole_texts_one_line()
    {
        var random = new Random(3);
        string[] pieces = ["Arbeidet", "med", "KS", "a", " ", "\n", "\t", "\u00a0", ".", ",", "'", "’", ")", "(", "«", "»", "“", "”", "[", "]", "!", ":"];
        for (var i = 0; i < 2000; i++)
        {
            var space = random.Next(1, 60);
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 1500)).Select(_ => random.Next(3) == 0 ? new string(' ', random.Next(1, space)) : pieces[random.Next(pieces.Length)]));
            var length = random.Next(0, 700);

            var whole = SearchText.OneLine(text);
            var start = SearchText.OneLineStart(text, length);

            Assert.StartsWith(start, whole, StringComparison.Ordinal);
            Assert.True(start.Length >= Math.Min(length, whole.Length), $"{start.Length} characters of {whole.Length} for {length}");
        }
    }

    /// <summary>
    /// The kept text is what it is when cut from the whole text on one line (as it was first made), however much white
    /// space the text has around the heading, the summary and the place where it is cut.
    /// </summary>
    [Fact]
    public void The_kept_text_is_cut_where_it_is_cut_from_the_whole_text_on_one_line()
    {
        var random = new Random(5);
        string[] pieces = ["Arbeidet", "med", "turnus", "(", ")", ".", "'", "«", "»", "\n"];
        for (var i = 0; i < 1000; i++)
        {
            var space = random.Next(1, 40);
            var body = string.Concat(Enumerable.Range(0, random.Next(0, 1200)).Select(_ => random.Next(2) == 0 ? new string(' ', random.Next(1, space)) : pieces[random.Next(pieces.Length)]));
            var (title, summary) = ("Tittel", random.Next(2) == 0 ? null : "Et  sammendrag (kort) .");
            var mainText = title + new string('\n', random.Next(1, space)) + summary + " \n " + body;

            var whole = After(After(SearchText.OneLine(mainText), title), SearchText.OneLine(summary ?? ""));
            var cut = whole.LastIndexOf(' ', Math.Min(SearchDocument.TextLength, whole.Length - 1));
            var expected = whole.Length <= SearchDocument.TextLength ? whole : whole[..(cut > 0 ? cut : SearchDocument.TextLength)] + " …";
            Assert.Equal(expected, SearchDocument.Of("/", "Side", title, summary, mainText).Text);
        }

        static string After(string text, string start) => text.StartsWith(start, StringComparison.Ordinal) ? text[start.Length..].TrimStart() : text;
    }

    /// <summary>
    /// A preview session keeps its index and changes only what the pages rendered again change: after each change it
    /// must have the files, byte for byte, that a new index of the same pages has, also when a word leaves the site,
    /// a new one comes, a summary goes, a word leaves a summary but not the page, a title moves a page, and a page goes.
    /// </summary>
    [Fact]
    public void An_index_kept_up_to_date_has_the_files_of_a_new_one()
    {
        var documents = new ProgrammeMaker(1_500, seed: 2).Files()
            .Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => SearchDocument.Of("/" + f.Path[..^3] + "/", "Delprosjekt", TitleOf(f.Text), SummaryOf(f.Text), TitleOf(f.Text) + "\n" + BodyOf(f.Text)))
            .ToList();
        var index = new SearchIndex();
        SameAsNew(index.Update(documents), documents);

        SearchDocument Again(int i, string? summary, string text) => SearchDocument.Of(documents[i].Url, documents[i].Kind, documents[i].Title, summary, documents[i].Title + "\n" + text);
        documents[5] = Again(5, documents[5].Summary, "Kvasiblomst og zyxvaw er nye ord.");
        documents[900] = Again(900, null, documents[901].Text);
        documents[1200] = Again(1200, "Et nytt sammendrag.", documents[1200].Text + " kvasiblomst");
        SameAsNew(index.Update(documents), documents);

        documents[5] = Again(5, documents[5].Summary, "Ingen nye ord.");
        SameAsNew(index.Update(documents), documents);

        // Words that stay on the page but leave its summary, or come into it.
        documents[1200] = Again(1200, null, documents[1200].Text + " nytt sammendrag");
        documents[900] = Again(900, "Kvasiblomst i sammendraget.", documents[900].Text);
        SameAsNew(index.Update(documents), documents);

        documents[7] = SearchDocument.Of(documents[7].Url, documents[7].Kind, "Aaa først", null, "Aaa først\nførst i lista");
        documents.RemoveAt(3);
        SameAsNew(index.Update(documents), documents);

        static void SameAsNew(IReadOnlyList<SiteFile> kept, IReadOnlyList<SearchDocument> documents)
        {
            var fresh = SearchIndexEmitter.Emit(documents);
            Assert.Equal(fresh.Select(f => f.Path), kept.Select(f => f.Path));
            Assert.All(fresh.Zip(kept), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), $"{p.First.Path} differs from a new index"));
        }
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
            .AsParallel().AsOrdered()
            .Select(f => SearchDocument.Of("/" + f.Path[..^3] + "/", "Delprosjekt", TitleOf(f.Text), SummaryOf(f.Text), TitleOf(f.Text) + "\n" + BodyOf(f.Text)))
            .ToList();
        var files = SearchIndexEmitter.Emit(documents);
        var commonest = documents.SelectMany(d => d.Words).GroupBy(w => w).MaxBy(g => g.Count())!.Key;

        foreach (var query in new[] { commonest, "kommunen", "sko", "tiltaket vurderer", documents[4321].Title, "x", "digital", "arkiv tiltaket kommunen" })
        {
            var client = SearchClient.Over(files);
            var (count, shown) = client.Search(query);

            output.WriteLine($"'{query}': {count} hits, {client.BytesFetched} bytes");
            Assert.True(client.BytesFetched <= FirstQueryLimit, $"'{query}' downloads {client.BytesFetched} bytes ({count} hits).");
            Assert.Equal(Math.Min(count, 20), shown.Count);
        }

        Assert.Equal(documents.Count(d => d.Words.Contains(commonest)), SearchClient.Over(files).Search(commonest).Count);

        // Whatever the query, two terms download no more than the manifest, the two largest word files and the 20 largest page files.
        var sizes = files.GroupBy(f => f.Url[..(f.Url.LastIndexOf('/') + 1)]).ToDictionary(g => g.Key, g => g.Select(f => f.Content.Length).OrderDescending().ToList());
        var worst = sizes[SiteUrls.Search][0] + sizes[SiteUrls.Search + SearchIndexEmitter.WordFolder + "/"].Take(2).Sum() + sizes[SiteUrls.Search + SearchIndexEmitter.PageFolder + "/"].Take(20).Sum();
        output.WriteLine($"Any query of two terms: at most {worst} bytes (largest word file {sizes[SiteUrls.Search + SearchIndexEmitter.WordFolder + "/"][0]}, largest page file {sizes[SiteUrls.Search + SearchIndexEmitter.PageFolder + "/"][0]}, {sizes[SiteUrls.Search + SearchIndexEmitter.PageFolder + "/"].Count} page files)");
        Assert.True(worst <= FirstQueryLimit, $"A query of two terms can download {worst} bytes.");
    }

    private static string TitleOf(string text) =>
        text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];

    /// <summary>The summary as the generator writes it: on its own line after "summary: >-".</summary>
    private static string? SummaryOf(string text)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("summary: ", StringComparison.Ordinal));
        return at < 0 ? null : lines[at] == "summary: >-" ? lines[at + 1].Trim() : lines[at]["summary: ".Length..];
    }

    /// <summary>The Markdown after the front matter, standing in for the text a page shows.</summary>
    private static string BodyOf(string text) => text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
}
