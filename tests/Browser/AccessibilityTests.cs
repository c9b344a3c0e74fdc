using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core in a real browser finds nothing against WCAG 2.0 and 2.1 A and AA on any page, on a small phone, a tablet
/// or a laptop; and at 320 CSS px no page is wider than the screen (WCAG 1.4.10, reflow).
/// </summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [InlineData(320, 640)]
    [InlineData(768, 1024)]
    [InlineData(1280, 900)]
    public async Task No_page_has_an_axe_violation_or_scrolls_sideways_at_this_window_size(int width, int height)
    {
        await using var session = await site.OpenAsync(width: width, height: height);
        var found = await session.VisitAllAsync(site.Site.PageUrls, async (page, url) =>
            (await AnalyseAsync(page)).Violations.Select(v => $"{url}: {v.Id} at {v.Nodes.FirstOrDefault()?.Target}")
                .Concat(await WiderThanTheScreenAsync(page) is { } wide ? [$"{url}: {wide}"] : []));
        var problems = found.SelectMany(v => v).ToList();

        Assert.True(problems.Count == 0, $"At {width}×{height}:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(390, 844)]
    public async Task No_page_scrolls_sideways_on_the_most_common_phone_widths(int width, int height)
    {
        await using var session = await site.OpenAsync(width: width, height: height);
        var wide = await session.VisitAllAsync(site.Site.PageUrls, async (page, url) => await WiderThanTheScreenAsync(page) is { } what ? $"{url}: {what}" : null);

        Assert.True(wide.All(w => w is null), $"At {width}×{height}:\n{string.Join('\n', wide.OfType<string>())}");
    }

    /// <summary>
    /// Whether the page scrolls sideways, naming the widest thing that sticks out (outside boxes that scroll on purpose,
    /// such as the risk matrix); null when everything fits.
    /// </summary>
    private static Task<string?> WiderThanTheScreenAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          const inScroller = e => { for (let a = e.parentElement; a; a = a.parentElement) { if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1 && !inScroller(e));
          const last = wide[wide.length - 1];
          return `${document.documentElement.scrollWidth} px wide, e.g. <${last?.localName} class="${last?.className}">${(last?.textContent || '').trim().slice(0, 40)}`;
        }
        """);

    /// <summary>
    /// axe-core on the whole document in one call. The newer RunAxe also looks into frames (the site has none) and
    /// finishes every analysis in a fresh tab, which makes this test four times slower; the one-call mode is marked
    /// obsolete but checks the same rules.
    /// </summary>
#pragma warning disable CS0618
    private static Task<AxeResult> AnalyseAsync(IPage page) => page.Locator("html").RunAxeLegacy(Wcag21AA);
#pragma warning restore CS0618
}
