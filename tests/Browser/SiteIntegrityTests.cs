using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Every page as the browser builds it: each internal link and source reaches a page or file of the site and each
/// #fragment an element on it, headings go down one level at a time, nothing weighs more than a phone should fetch,
/// and screenshots of the main pages are left in the test output for a person to look at.
/// </summary>
public sealed class SiteIntegrityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const int HtmlBudget = 150 * 1024;
    private const int CssBudget = 40 * 1024;
    private const int ScriptBudget = 20 * 1024;

    private static readonly string[] MainPages = ["/", "/delprosjekter/", "/delprosjekter/samverdi/", "/milepaeler/", "/mal-og-gevinster/", "/risiko/", "/oppdateringer/", "/sok/"];

    /// <summary>What one page holds, read in the browser (Playwright fills it through a parameterless constructor).</summary>
    private sealed class PageFacts
    {
        public string[] Ids { get; set; } = [];

        public string[] Targets { get; set; } = [];

        public int[] Headings { get; set; } = [];
    }

    [Fact]
    public async Task Every_internal_link_and_source_resolves_and_every_fragment_exists()
    {
        var facts = await ReadAllAsync();

        var broken = new List<string>();
        foreach (var (url, page) in facts)
        {
            foreach (var target in page.Targets.Select(t => new Uri(t)).Where(t => t.GetLeftPart(UriPartial.Authority) == BrowsingSession.Origin))
            {
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!site.Site.Exists(path) && !site.Site.Exists(path.TrimEnd('/') + "/"))
                {
                    broken.Add($"{url} → {path} (no such page or file)");
                }
                else if (fragment.Length > 0 && !(facts.TryGetValue(path, out var linked) && linked.Ids.Contains(fragment)))
                {
                    broken.Add($"{url} → {path}#{fragment} (no element with that id)");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken.Distinct()));
    }

    [Fact]
    public async Task Headings_never_skip_a_level()
    {
        var skips = (await ReadAllAsync())
            .SelectMany(p => p.Value.Headings.Zip(p.Value.Headings.Skip(1)).Where(h => h.Second > h.First + 1).Select(h => $"{p.Key}: h{h.First} then h{h.Second}"))
            .ToList();

        Assert.True(skips.Count == 0, string.Join('\n', skips));
    }

    [Fact]
    public void Pages_styles_and_scripts_stay_within_their_weight_budget()
    {
        var heavy = site.Site.PageUrls.Select(u => (u, Size: new FileInfo(site.Site.FileOf(u)).Length)).Where(p => p.Size > HtmlBudget).Select(p => $"{p.u}: {p.Size / 1024} KB of HTML").ToList();
        var assets = Path.Combine(site.Site.Output, "assets");
        heavy.AddRange(Directory.EnumerateFiles(assets, "*.css").Select(f => (f, new FileInfo(f).Length)).Where(f => f.Length >= CssBudget).Select(f => $"{Path.GetFileName(f.f)}: {f.Length / 1024} KB of CSS"));
        heavy.AddRange(Directory.EnumerateFiles(assets, "*.js").Select(f => (f, new FileInfo(f).Length)).Where(f => f.Length >= ScriptBudget).Select(f => $"{Path.GetFileName(f.f)}: {f.Length / 1024} KB of JavaScript"));

        Assert.True(heavy.Count == 0, "Over budget (HTML ≤ 150 KB, CSS < 40 KB, JavaScript < 20 KB):\n" + string.Join('\n', heavy));
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Screenshots_of_the_main_pages_are_written_for_a_person_to_look_at(int width, int height)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await using var session = await site.OpenAsync(width: width, height: height);

        var written = await session.VisitAllAsync(MainPages.Where(site.Site.Exists).ToList(), async (page, url) =>
        {
            var file = Path.Combine(folder, $"{width}{(url == "/" ? "-forside" : url.TrimEnd('/').Replace('/', '-'))}.png");
            // A full-page picture of a long page is slow on a busy machine; it proves nothing about the site to time out on it.
            await page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 4 * BrowserSite.Patience });
            return new FileInfo(file).Length;
        });

        Assert.All(written, size => Assert.True(size > 1000, "A screenshot came out empty."));
    }

    private async Task<Dictionary<string, PageFacts>> ReadAllAsync()
    {
        await using var session = await site.OpenAsync();
        var urls = site.Site.PageUrls;
        var facts = await session.VisitAllAsync(urls, (page, _) => page.EvaluateAsync<PageFacts>("""
            () => ({
              ids: [...document.querySelectorAll('[id]')].map(e => e.id),
              targets: [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => e.href || e.src).filter(t => t.startsWith('http')),
              headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.localName[1])),
            })
            """));
        return urls.Zip(facts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
