namespace SiteGen.Tests.Browser;

/// <summary>Reading the site, search included, asks no other host for anything and leaves nothing behind in the browser.</summary>
public sealed class PrivacyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Every_page_stays_on_the_site_and_stores_nothing()
    {
        await using var session = await site.OpenAsync();
        var stored = await session.VisitAllAsync(site.Site.PageUrls, async (page, url) =>
        {
            // The one search field of the page: the header's, or on the search page its own.
            await page.Locator("input[type=search]").FillAsync("kommune");
            await page.Locator("[role=status]").GetByText("treff").WaitForAsync();
            return await page.EvaluateAsync<int>("localStorage.length") > 0 ? url : null;
        });
        var storing = stored.OfType<string>().ToList();

        Assert.True(session.ForeignRequests.Count == 0, $"Requests to other hosts:\n{string.Join('\n', session.ForeignRequests)}");
        Assert.Empty(await session.Context.CookiesAsync());
        Assert.True(storing.Count == 0, $"Pages that put something in localStorage:\n{string.Join('\n', storing)}");
    }
}
