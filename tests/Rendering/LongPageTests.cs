using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A page is published whole however long it is: Scriban by default cuts text and pages at a million characters.</summary>
public sealed class LongPageTests
{
    [Fact]
    public void A_subproject_text_of_a_million_characters_is_published_whole()
    {
        using var copy = new ContentCopy();
        // Just under the 1 MB a content file may have; as HTML, with the page around it, over a million characters.
        var paragraphs = Enumerable.Range(1, 15_000).Select(i => $"Avsnitt {i:00000} om skolene, elevtallet og bygningene i Testkommune.");
        copy.Write("subprojects/skole.md", copy.Read("subprojects/skole.md") + "\n" + string.Join("\n\n", paragraphs) + "\n");

        using var site = new BuiltSite(copy.Content, ContentCopy.AsOf);

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.IsError);
        var html = site.Text("/delprosjekter/skole/");
        Assert.True(html.Length > 1_000_000, $"the page has {html.Length} characters; the test needs more than a million");
        var page = site.Page("/delprosjekter/skole/");
        var last = page.QuerySelectorAll("main p").Last(p => p.TextContent.StartsWith("Avsnitt", StringComparison.Ordinal));
        Assert.StartsWith("Avsnitt 15000 ", last.TextContent);
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.EndsWith("</html>", html.TrimEnd());
    }
}
