namespace SiteGen.Tests.Browser;

/// <summary>
/// A citizen on a phone sees the programme's state before scrolling: how old the newest status report is, the
/// subprojects by status and health, the main goal's latest value and the next milestone.
/// </summary>
public sealed class FrontPageTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task The_state_at_a_glance_fits_the_first_screen_of_a_390_by_844_phone()
    {
        await using var session = await site.OpenAsync(width: 390, height: 844);
        var page = await session.OpenAsync("/");

        var glance = await page.EvaluateAsync<double[]>("""
            () => { const r = document.querySelector('dl.glance').getBoundingClientRect(); return [r.top, r.bottom, document.querySelectorAll('dl.glance > div').length]; }
            """);

        Assert.True(glance[2] >= 4, $"the glance has {glance[2]} facts, expected the report, status, health, goal and next milestone");
        Assert.InRange(glance[0], 0, 844);
        Assert.True(glance[1] <= 844, $"the glance ends at {glance[1]} px, below the first screen of 844 px");
    }
}
