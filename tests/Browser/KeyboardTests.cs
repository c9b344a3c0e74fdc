using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>A keyboard user can skip the header straight to the page's content.</summary>
public sealed class KeyboardTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_main_content()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnholdet" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(BrowsingSession.Origin + "/#main");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), "The Tab after the skip link did not land in the main content.");
    }
}
