using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The quick reader may only make the inspector faster: every page it reads must come out exactly as the browser
/// tokenizer reads it (the same refusals, the same text for the search), and anything it cannot be sure of it must
/// leave to the browser tokenizer. If it read one trick differently, a hostile page could be published.
/// </summary>
public sealed class StrictHtmlReaderTests(RealSite fixture) : IClassFixture<RealSite>
{
    private static readonly string Head = $"<!doctype html><html lang=\"nb\"><head>{PageInspectorTests.Policy}<title>T &amp; U</title></head><body>";

    private static (string Text, string Problems) Inspected(string html, bool asBrowser)
    {
        var diagnostics = new DiagnosticBag();
        var inspector = new PageInspector(diagnostics);
        var text = asBrowser ? inspector.InspectAsBrowser("/side/", "side.sbn", html) : inspector.Inspect("/side/", "side.sbn", html);
        return (text, string.Join("\n", diagnostics.ToSortedList().Select(d => $"{d.Code} {d.Message}")));
    }

    private static bool ReadsQuickly(string html)
    {
        var reading = new PageReading("/side/", html.Length);
        var read = StrictHtmlReader.TryRead(html, reading);
        reading.Abandon();
        return read;
    }

    [Fact]
    public void Every_page_of_the_real_site_is_read_quickly_and_as_a_browser_reads_it()
    {
        var pages = Directory.EnumerateFiles(fixture.Site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        Assert.True(pages.Count > 30, $"only {pages.Count} pages");
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.True(ReadsQuickly(html), $"{page} leaves the plain form the quick reader reads");
            Assert.Equal(Inspected(html, asBrowser: true), Inspected(html, asBrowser: false));
        });
    }

    [Theory]
    [InlineData("""<h1>T</h1><a href=javascript:steal()>x</a>""")]
    [InlineData("""<h1>T</h1><a href='javascript:steal()'>x</a>""")]
    [InlineData("""<h1>T</h1><a href = "javascript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><A HREF="javascript:steal()">x</A>""")]
    [InlineData("""<h1>T</h1><a href="/" href="javascript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><a href="java&#115;cript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><a href="&#1;javascript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><a href="/"title="x">x</a>""")]
    [InlineData("""<h1>T</h1><a/href="javascript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><a x:href="javascript:steal()">x</a>""")]
    [InlineData("""<h1>T</h1><p>a &lt b</p>""")]
    [InlineData("""<h1>T</h1><p>R&amp;D &copy;</p>""")]
    [InlineData("""<h1>T</h1><!-- <script>steal()</script> -->""")]
    [InlineData("""<h1>T</h1><!--><script>steal()</script>""")]
    [InlineData("""<h1>T</h1><svg><![CDATA[<script>steal()</script>]]></svg>""")]
    [InlineData("""<h1>T</h1><?xml version="1.0"?>""")]
    [InlineData("""<h1>T</h1><p>1 < 2</p>""")]
    [InlineData("""<h1>T</h1></ p>""")]
    [InlineData("""<h1>T</h1></p x="y">""")]
    [InlineData("""<h1>T</h1><script src="/assets/a.js">steal()</script>""")]
    [InlineData("""<h1>T</h1><script src="/assets/a.js"><!--</script><script>steal()</script>""")]
    [InlineData("""<h1>T</h1><title><script src="https://x.example/"></title>""")]
    [InlineData("""<h1>T</h1><style>p{}</style>""")]
    [InlineData("""<h1>T</h1><textarea></textarea><script>steal()</script></textarea>""")]
    [InlineData("""<h1>T</h1><plaintext><script>steal()</script>""")]
    [InlineData("<h1>T</h1><p>a\rb</p>")]
    [InlineData("<h1>T</h1><p>a\0b</p>")]
    [InlineData("""<h1>T</h1><a href="x""")]
    [InlineData("""<h1>T</h1><a href""")]
    [InlineData("""<h1>T</h1><p""")]
    public void A_page_outside_the_plain_form_is_left_to_the_browser_tokenizer(string main)
    {
        var html = $"{Head}<main>{main}</main></body></html>";

        Assert.False(ReadsQuickly(html));
        Assert.Equal(Inspected(html, asBrowser: true), Inspected(html, asBrowser: false));
    }

    [Fact]
    public void Plain_pages_with_references_charts_and_refusals_are_read_quickly_as_a_browser_reads_them()
    {
        var html = $"""
            {Head}<header><nav><a href="/">Forside</a></nav></header>
            <main><h1 class="x">Tittel &#39;sitert&#39; &lt;her&gt;</h1>
            <p title="&quot;R&amp;D&quot;">Tekst <strong>fet</strong></p><br/><hr>
            <svg viewBox="0 0 10 10" preserveAspectRatio="none" aria-hidden="true"><title>Diagram</title><rect x="1" y="1" width="2" height="2"/></svg>
            <a href="https://example.org/?a=1&amp;b=2" data-x="1">Lenke</a>
            <details open><summary>Mer</summary><p onclick="steal()">x</p></details>
            <img src="//tracker.example/p.gif" alt=""><a href="javascript:steal()">y</a>
            <script src="/assets/search.js" defer></script></main><footer>Bunn</footer></body></html>
            """;

        Assert.True(ReadsQuickly(html));
        var quick = Inspected(html, asBrowser: false);
        Assert.Equal(Inspected(html, asBrowser: true), quick);
        Assert.Contains("attribute onclick on <p>", quick.Problems);
        Assert.Contains("loads or sends to //tracker.example/p.gif", quick.Problems);
        Assert.Contains("the address javascript:steal() in href on <a>", quick.Problems);
        Assert.StartsWith("Tittel 'sitert' <her>\n", quick.Text);
        Assert.Contains("\nTekst \nfet\n", quick.Text);
    }

    /// <summary>
    /// The reader remembers tags that passed, across pages: the same page read again, or a page with one policy tag
    /// too many, must come out as the browser tokenizer reads it, and a refused tag is refused every time.
    /// </summary>
    [Fact]
    public void A_tag_that_passed_on_one_page_is_read_the_same_on_the_next()
    {
        var page = $"{Head}<main><h1>T</h1><p class=\"x\">Tekst</p><a href=\"javascript:steal()\">x</a><script src=\"/assets/a.js\"></script><title>&lt;b&gt;</title></main></body></html>";
        var twoPolicies = page.Replace("</title></head>", $"</title>{PageInspectorTests.Policy}</head>", StringComparison.Ordinal);

        Assert.Equal(Inspected(page, asBrowser: true), Inspected(page, asBrowser: false));
        var again = Inspected(page, asBrowser: false);
        Assert.Equal(Inspected(page, asBrowser: true), again);
        Assert.Contains("the address javascript:steal() in href on <a>", again.Problems);
        var quick = Inspected(twoPolicies, asBrowser: false);
        Assert.Equal(Inspected(twoPolicies, asBrowser: true), quick);
        Assert.Contains("has 2 Content-Security-Policy meta tags", quick.Problems);
    }

    /// <summary>
    /// Thousands of small damages to a plain page (a quote, a bracket, an ampersand, a letter put in, taken out or
    /// changed, from a fixed seed): whatever the quick reader still reads must come out as the browser tokenizer reads it.
    /// </summary>
    [Fact]
    public void A_damaged_page_is_never_read_differently_from_the_browser_tokenizer()
    {
        var page = $"""
            {Head}<main><h1>Tittel</h1><p class="a" title="&quot;x&quot;">R&amp;D <a href="/side/">lenke</a></p>
            <svg viewBox="0 0 4 4"><title>T</title><rect x="1"/></svg><script src="/assets/a.js"></script>
            <time datetime="2026-01-01">1. januar</time><br/></main></body></html>
            """;
        var damage = new SmallDamage("<>/\"'=&!-;# \nabcsriptjavS:", seed: 20261127);
        var quick = 0;
        for (var i = 0; i < 4000; i++)
        {
            var html = damage.To(page);
            if (ReadsQuickly(html))
            {
                quick++;
                Assert.True(Inspected(html, asBrowser: true) == Inspected(html, asBrowser: false), $"read differently: {html}");
            }
        }

        // Most damages hit text, where the page stays plain; the comparison must have been made often to mean anything.
        Assert.InRange(quick, 1000, 4000);
    }
}
