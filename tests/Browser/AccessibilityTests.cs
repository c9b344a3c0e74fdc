using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>axe-core in a real browser finds nothing against WCAG 2.1 A and AA on any page, on a phone or a laptop.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task No_page_has_an_axe_violation_at_this_window_size(int width, int height)
    {
        await using var session = await site.OpenAsync(width: width, height: height);
        var found = await session.VisitAllAsync(site.Site.PageUrls, async (page, url) =>
            (await AnalyseAsync(page)).Violations.Select(v => $"{url}: {v.Id} at {v.Nodes.FirstOrDefault()?.Target}"));
        var violations = found.SelectMany(v => v).ToList();

        Assert.True(violations.Count == 0, $"axe-core at {width}×{height}:\n{string.Join('\n', violations)}");
    }

    /// <summary>
    /// axe-core on the whole document in one call. The newer RunAxe also looks into frames (the site has none) and
    /// finishes every analysis in a fresh tab, which makes this test four times slower; the one-call mode is marked
    /// obsolete but checks the same rules.
    /// </summary>
#pragma warning disable CS0618
    private static Task<AxeResult> AnalyseAsync(IPage page) => page.Locator("html").RunAxeLegacy(Wcag21AA);
#pragma warning restore CS0618
}
