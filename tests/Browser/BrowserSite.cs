using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The real site built once, and one headless Chromium, for a test class. Each test opens its own
/// <see cref="BrowsingSession"/>, which serves the built files without a server process.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>How long one browser action (a navigation, a click, a wait, an expectation) may take, in milliseconds.</summary>
    public const float Patience = 15_000;

    private const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RealSite Real { get; } = new();

    public BuiltSite Site => Real.Site;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;
        var useOwn = !File.Exists(chromium);
        // Without a system Chromium the tests get Playwright's own, where its download is reachable; otherwise one line says what to do.
        if (useOwn && Microsoft.Playwright.Program.Main(["install", "chromium"]) != 0)
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium: there is none at {chromium} and Playwright could not download its own. "
                + "Run `apt-get install chromium` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium executable.");
        }

        Assertions.SetDefaultExpectTimeout(Patience);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = useOwn ? null : chromium,
            Headless = true,
            Timeout = Patience,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (no cookies, no storage) with a window of the given size.</summary>
    public async Task<BrowsingSession> OpenAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BrowsingSession.Origin,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = width, Height = height },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        return await BrowsingSession.StartAsync(context, Site.Output);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Real.Dispose();
    }
}
