using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Documents and images under content/files/ are published as they are: a source's own document is linked from
/// /kilder/, the programme's logo heads every page with its alt text, and only formats that cannot run script are taken.
/// </summary>
public class AttachmentTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public void A_sources_document_and_the_logo_are_published_and_linked_with_alt_text()
    {
        using var content = new ContentCopy();
        content.WriteBytes("files/testrapport-2024-03-18.pdf", Pdf).WriteBytes("files/logo.png", Png)
            .Replace("programme.yml", "url: https://example.org/testrapport }", "url: https://example.org/testrapport, file: testrapport-2024-03-18.pdf }")
            .Append("programme.yml", "logo:\n  file: logo.png\n  alt: Testkommunens våpen\n");

        var result = content.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Pdf, File.ReadAllBytes(Path.Combine(content.Output, "filer", "testrapport-2024-03-18.pdf")));
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(content.Output, "filer", "logo.png")));
        var site = new AngleSharp.Html.Parser.HtmlParser();
        var sources = site.ParseDocument(File.ReadAllText(Path.Combine(content.Output, "kilder", "index.html")));
        Assert.Contains(sources.QuerySelectorAll("#kilde-testrapport dd a"), a => a.GetAttribute("href") == SiteUrls.Attachment("testrapport-2024-03-18.pdf"));
        var home = site.ParseDocument(File.ReadAllText(Path.Combine(content.Output, "index.html")));
        var logo = home.QuerySelector("header .site-name img")!;
        Assert.Equal("/filer/logo.png", logo.GetAttribute("src"));
        Assert.Equal("Testkommunens våpen", logo.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("files/angrep.svg", "LV013", "files/angrep.svg:1:1")]
    [InlineData("files/Rapport 2024.pdf", "LV013", "files/Rapport 2024.pdf:1:1")]
    public void A_file_that_could_run_script_or_has_an_unsafe_name_is_refused_where_it_lies(string relative, string code, string place)
    {
        using var content = new ContentCopy();
        content.WriteBytes(relative, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray());

        var error = Assert.Single(content.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(code, error.Code);
        Assert.EndsWith(place, $"{error.Span.File}:{error.Span.Line}:{error.Span.Column}");
        Assert.Contains(".pdf, .png, .jpg eller .webp", error.Message);
    }

    [Fact]
    public void A_file_field_naming_a_missing_file_is_located_and_says_where_files_go()
    {
        using var content = new ContentCopy();
        content.Append("programme.yml", "logo:\n  file: logoen.png\n  alt: Testkommunens våpen\n");

        var error = Assert.Single(content.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.EndsWith("programme.yml", error.Span.File);
        Assert.Contains("content/files/", error.Message);
    }
}
