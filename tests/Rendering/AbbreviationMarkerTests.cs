using SiteGen.Model;
using SiteGen.Rendering.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A reader who meets an abbreviation can see what it stands for, and find it in the glossary.</summary>
public class AbbreviationMarkerTests(RealSite real) : IClassFixture<RealSite>
{
    private static readonly AbbreviationMarker Marker = new([
        new GlossaryTerm("KAD", "kommunalt akutt døgnopphold", null),
        new GlossaryTerm("OU-midler", null, "Midler til utvikling."),
        new GlossaryTerm("DA", null, null),
    ]);

    [Fact]
    public void Marks_only_the_first_use_on_a_page_and_links_it_to_the_glossary()
    {
        var html = Marker.Mark("/x/", "<p>KAD-senger og KAD.</p><p>Mer om KAD.</p>");

        Assert.Equal("""<p><a class="abbr-link" href="/ordliste/#ord-kad"><abbr title="kommunalt akutt døgnopphold">KAD</abbr></a>-senger og KAD.</p><p>Mer om KAD.</p>""", html);
    }

    [Fact]
    public void Leaves_headings_links_and_words_that_only_contain_the_term_alone()
    {
        const string html = """<h2>KAD</h2><p><a href="/k/">KAD</a> SKADE <span title="KAD">xKAD</span></p>""";

        Assert.Equal(html, Marker.Mark("/x/", html));
    }

    /// <summary>Tag names are looked up in a table of the names the site writes; others must still be read in lower case.</summary>
    [Fact]
    public void Leaves_a_heading_alone_also_when_its_tag_is_in_capitals_and_marks_text_in_an_element_of_another_name()
    {
        var html = Marker.Mark("/x/", "<H2>KAD</H2><x-note>KAD</x-note>");

        Assert.Equal("""<H2>KAD</H2><x-note><a class="abbr-link" href="/ordliste/#ord-kad"><abbr title="kommunalt akutt døgnopphold">KAD</abbr></a></x-note>""", html);
    }

    [Fact]
    public void Prefers_the_longest_term_and_gives_no_title_where_the_sources_give_nothing()
    {
        var html = Marker.Mark("/x/", "<p>OU-midler og DA.</p>");

        Assert.Contains("""<abbr title="Midler til utvikling.">OU-midler</abbr>""", html);
        Assert.Contains("""href="/ordliste/#ord-da"><abbr>DA</abbr>""", html);
    }

    [Fact]
    public void Does_not_mark_the_glossary_page_itself() =>
        Assert.Equal("<p>KAD</p>", Marker.Mark("/ordliste/", "<p>KAD</p>"));

    [Fact]
    public void The_real_glossary_page_lists_every_term_with_an_anchor_that_the_marked_pages_link_to()
    {
        var glossary = real.Site.Page("/ordliste/");
        foreach (var term in real.Model.Glossary)
        {
            var entry = glossary.GetElementById(term.Anchor);
            Assert.True(entry is not null, $"/ordliste/ has no entry for {term.Term}");
            Assert.Contains(term.Term, entry!.TextContent);
        }

        var marked = real.Site.Page("/delprosjekter/kad-senger/").QuerySelectorAll("main a.abbr-link abbr").Select(a => a.TextContent).ToList();
        Assert.Contains("KAD", marked);
        Assert.Equal(marked.Count, marked.Distinct().Count());
    }
}
