using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>Problems inside Markdown text, located at the span in the file, also when the text sits in a YAML field.</summary>
public class MarkdownErrorTests
{
    private const string Om = "pages/om.md";

    [Fact]
    public void Reports_a_link_to_a_page_that_does_not_exist_at_line_5()
    {
        using var content = new ContentCopy().Use("broken-link.md", Om);

        var error = Reported.Error(content.Check(), DiagnosticCodes.BrokenLink, Om, 5, 1);

        Assert.Contains("Mente du «/delprosjekter/skole/»?", error.Message);
    }

    [Theory]
    [InlineData("broken-link-in-block-scalar.md", "subprojects/innkjop.md", 6, 6)]
    [InlineData("broken-link-in-plain-scalar.yml", "risks.yml", 5, 27)]
    public void Reports_a_broken_link_inside_a_yaml_field_where_it_stands_in_the_file(string fixture, string file, int line, int column)
    {
        using var content = new ContentCopy().Use(fixture, file);

        Reported.Error(content.Check(), DiagnosticCodes.BrokenLink, file, line, column);
    }

    [Fact]
    public void Reports_an_image_without_alt_text_at_line_6()
    {
        using var content = new ContentCopy().Use("image-without-alt.md", Om);

        Reported.Error(content.Check(), DiagnosticCodes.ImageWithoutAlt, Om, 6, 12);
    }

    [Fact]
    public void A_refused_link_is_reported_with_every_kind_of_address_that_works_tel_too()
    {
        using var content = new ContentCopy().Use("unsafe-javascript-url.md", Om);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnsafeUrl, Om, 6, 13);

        Assert.Contains("https://, http://, mailto:, tel: eller /", error.Message);
    }

    [Theory]
    [InlineData("unsafe-script.md", DiagnosticCodes.UnsafeHtml, 23)]
    [InlineData("unsafe-handler.md", DiagnosticCodes.UnsafeHtml, 22)]
    [InlineData("unsafe-iframe.md", DiagnosticCodes.UnsafeHtml, 12)]
    [InlineData("unsafe-javascript-url.md", DiagnosticCodes.UnsafeUrl, 13)]
    public void Reports_raw_html_that_could_run_code_at_line_6(string fixture, string code, int column)
    {
        using var content = new ContentCopy().Use(fixture, Om);

        Reported.Error(content.Check(), code, Om, 6, column);
    }
}
