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
    private static IReadOnlyList<Diagnostic> Problems(string main)
    {
        var diagnostics = new DiagnosticBag();
        new PageInspector(diagnostics).Inspect("/side/", "side.sbn", $"<!doctype html><html lang=\"nb\"><head><title>T</title></head><body><main>{main}</main></body></html>");
        return diagnostics.ToSortedList();
    }

    [Theory]
    [InlineData("""<h1>Tittel</h1><p onclick="steal()">Tekst</p>""", "event handler attribute onclick on <p>")]
    [InlineData("""<h1>Tittel</h1><a href=" java&#115;cript:steal()">Lenke</a>""", "javascript: URL on <a>")]
    [InlineData("""<h1>Tittel</h1><script src="https://evil.example/x.js"></script>""", "script that is not one of the site's own files")]
    [InlineData("""<h1>Tittel</h1><script>steal()</script>""", "script that is not one of the site's own files")]
    [InlineData("""<h1>Tittel</h1><img src="//tracker.example/pixel.gif" alt="">""", "loads //tracker.example/pixel.gif from another host")]
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
    public void Markup_inside_a_style_or_a_title_is_text_as_a_browser_reads_it_and_the_sites_own_script_is_fine()
    {
        Assert.Empty(Problems("""<h1>Tittel <em>med</em> vekt</h1><style>p::after{content:"<script src='https://x.example/'>"}</style><script src="/assets/search.js"></script>"""));
    }

    [Fact]
    public void The_main_text_is_the_text_of_main_with_entities_read_and_without_breadcrumbs_or_scripts()
    {
        var text = new PageInspector(new DiagnosticBag()).Inspect("/", "side.sbn",
            """<body><a href="#main">Hopp</a><main><nav>Forside</nav><h1>Bl&aring; b&#229;t</h1><p>Ett<br>to</p><script src="/assets/a.js">x</script></main><footer>Bunn</footer></body>""");

        Assert.Equal("Blå båt\nEtt\nto", text);
    }
}
