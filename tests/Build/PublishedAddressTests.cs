using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

public class PublishedAddressTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Builds_feeds_sitemap_canonical_links_and_calendar_uids_from_the_url_in_programme_yml()
    {
        using var copy = WithUrl("https://testkommune.example.no/");

        var result = SiteGen.Build.SiteBuilder.Build(copy.Options with { BaseUrl = null }, write: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NoPublishedAddress);
        Assert.Contains("<loc>https://testkommune.example.no/delprosjekter/</loc>", Read(copy, "sitemap.xml"));
        Assert.Contains("href=\"https://testkommune.example.no/oppdateringer/", Read(copy, "oppdateringer/feed.xml"));
        Assert.Contains("@testkommune.example.no", Read(copy, "milepaeler/milepaeler.ics"));
        var canonical = Parser.ParseDocument(Read(copy, "delprosjekter/index.html")).QuerySelector("link[rel=canonical]");
        Assert.Equal("https://testkommune.example.no/delprosjekter/", canonical?.GetAttribute("href"));
    }

    [Fact]
    public void Base_url_option_wins_over_the_url_in_programme_yml()
    {
        using var copy = WithUrl("https://testkommune.example.no");

        SiteGen.Build.SiteBuilder.Build(copy.Options with { BaseUrl = "https://forhandsvisning.example.org" }, write: true);

        var sitemap = Read(copy, "sitemap.xml");
        Assert.Contains("<loc>https://forhandsvisning.example.org/</loc>", sitemap);
        Assert.DoesNotContain("testkommune.example.no", sitemap);
    }

    [Fact]
    public void Check_warns_that_feeds_point_at_localhost_when_no_address_is_set()
    {
        using var copy = new ContentCopy();

        var result = SiteGen.Build.SiteBuilder.Build(copy.Options with { BaseUrl = null }, write: true);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoPublishedAddress);
        Assert.False(warning.IsError);
        Assert.EndsWith("programme.yml", warning.Span.File);
        Assert.Contains("url: https://", warning.Message);
        Assert.Contains("<loc>http://localhost:8080/</loc>", Read(copy, "sitemap.xml"));
    }

    [Fact]
    public void Reports_an_address_that_is_not_a_full_http_address_at_its_line()
    {
        using var copy = new ContentCopy();
        copy.Write("programme.yml", "url: testkommune.no\n" + copy.Read("programme.yml"));

        var result = copy.Check();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, 1, 6), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("https://", error.Message);
    }

    private static ContentCopy WithUrl(string url)
    {
        var copy = new ContentCopy();
        copy.Write("programme.yml", $"url: {url}\n" + copy.Read("programme.yml"));
        return copy;
    }

    private static string Read(ContentCopy copy, string path) => File.ReadAllText(Path.Combine(copy.Output, path));
}
