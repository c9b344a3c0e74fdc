using System.Xml.Linq;

namespace SiteGen.Emit;

/// <summary>sitemap.xml and robots.txt, with absolute addresses from the base URL.</summary>
public static class SitemapEmitter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static SiteFile Sitemap(IEnumerable<string> pageUrls, string baseUrl)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", pageUrls.Order(StringComparer.Ordinal).Select(url => new XElement(Ns + "url", new XElement(Ns + "loc", baseUrl + url)))));
        return SiteFile.Text("sitemap.xml", document.Declaration + "\n" + document.Root + "\n");
    }

    public static SiteFile Robots(string baseUrl) =>
        SiteFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n");
}
