using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>With JavaScript off the reader still gets the programme and can still find every page.</summary>
public sealed class NoScriptTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task The_search_page_links_to_every_page()
    {
        await using var session = await site.OpenAsync(javaScript: false);
        var page = await session.OpenAsync("/sok/");

        var linked = await page.Locator("main a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        var missing = site.Site.PageUrls.Except(["/sok/", "/404.html"]).Except(linked).ToList();
        Assert.True(missing.Count == 0, $"Not linked from /sok/ without JavaScript:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public async Task The_front_page_tells_what_the_programme_is()
    {
        await using var session = await site.OpenAsync(javaScript: false);
        var page = await session.OpenAsync("/");

        await Expect(page.Locator("main")).ToContainTextAsync(site.Real.Model.Programme.Summary);
    }
}
