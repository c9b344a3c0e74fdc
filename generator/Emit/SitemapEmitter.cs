namespace SiteGen.Emit;

/// <summary>sitemap.xml and robots.txt, with absolute addresses from the base URL.</summary>
public static class SitemapEmitter
{
    public static SiteFile Sitemap(IEnumerable<string> pageUrls, string baseUrl)
    {
        using var xml = new XmlText()
            .Line(0, """<?xml version="1.0" encoding="utf-8"?>""")
            .Line(0, """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""");
        foreach (var url in pageUrls.Order(StringComparer.Ordinal))
        {
            xml.Line(1, "<url>").Element(2, "loc", baseUrl + url).Line(1, "</url>");
        }

        return new SiteFile("sitemap.xml", xml.Line(0, "</urlset>").ToArray());
    }

    public static SiteFile Robots(string baseUrl) =>
        SiteFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n");
}
