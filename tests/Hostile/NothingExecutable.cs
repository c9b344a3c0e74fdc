using AngleSharp.Html.Parser;
using SiteGen.Model;

namespace SiteGen.Tests.Hostile;

/// <summary>Searches every file of a built site for anything a browser would run or load from elsewhere.</summary>
public static class NothingExecutable
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] Forbidden = ["iframe", "object", "embed", "base", "frame", "frameset", "applet", "style", "form[action^='http']", "meta[http-equiv='refresh']", "[srcdoc]"];

    public static void In(string site)
    {
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                using var page = Parser.ParseDocument(text);
                foreach (var element in page.All)
                {
                    Assert.True(element.LocalName != "script" || (element.GetAttribute("src") ?? "").StartsWith("/assets/", StringComparison.Ordinal) && element.TextContent.Length == 0,
                        $"{file}: {element.OuterHtml}");
                    foreach (var attribute in element.Attributes)
                    {
                        Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: {attribute.Name} on <{element.LocalName}>");
                        Assert.True(attribute.Name is not ("href" or "src" or "action" or "xlink:href" or "formaction") || SafeUrl.IsSafe(attribute.Value),
                            $"{file}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                    }
                }

                Assert.All(Forbidden, selector => Assert.Empty(page.QuerySelectorAll(selector)));
            }
            else if (file.EndsWith(".xml", StringComparison.Ordinal) || file.EndsWith(".svg", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
