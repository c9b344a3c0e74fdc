using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Every page carries a Content-Security-Policy; Chromium must enforce it, and the site must still work under it:
/// no page breaks a rule, search (script and fetch) works, and a script smuggled into a page does not run.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>Runs before any page script and outside the policy, so it sees every violation the page causes.</summary>
    private const string RecordViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task No_page_breaks_its_policy_and_search_works_under_it()
    {
        await using var session = await site.OpenAsync();
        await session.Context.AddInitScriptAsync(RecordViolations);

        var violations = await session.VisitAllAsync(site.Site.PageUrls, async (page, url) =>
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
            var found = await page.EvaluateAsync<string[]>("window.__violations");
            return found.Select(v => $"{url}: {v}");
        });

        Assert.Empty(violations.SelectMany(v => v));
        var search = await session.OpenAsync("/");
        await search.Locator("#topp-sok").FillAsync("skole");
        await Expect(search.Locator("header [role=status]")).ToContainTextAsync("treff");
        Assert.Empty(await search.EvaluateAsync<string[]>("window.__violations"));
    }

    [Fact]
    public async Task A_script_or_handler_smuggled_into_a_page_does_not_run()
    {
        await using var session = await site.OpenAsync();
        await session.Context.AddInitScriptAsync(RecordViolations);
        var page = await session.Context.NewPageAsync();
        var html = site.Site.Text("/").Replace("<body>", """<body><script>document.title = "smuggled"</script><img src="/assets/site.css" onerror="document.title='smuggled'">""");
        await page.RouteAsync("**/smuggled/", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));

        await page.GotoAsync("/smuggled/");

        Assert.NotEqual("smuggled", await page.TitleAsync());
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
    }
}
