using System.Collections.Concurrent;
using Microsoft.Playwright;
using SiteGen.Serve;

namespace SiteGen.Tests.Browser;

/// <summary>
/// One browser context on the built site, at the made-up origin <see cref="Origin"/>: every request to it is answered
/// from the output folder as a static web server would (a folder gives its index.html, anything missing the 404 page
/// with status 404), and every request to any other host is refused and remembered in <see cref="ForeignRequests"/>.
/// </summary>
public sealed class BrowsingSession : IAsyncDisposable
{
    public const string Origin = "http://levanger.test";

    /// <summary>How many tabs <see cref="VisitAllAsync"/> uses at once.</summary>
    private const int Tabs = 2;

    private readonly ConcurrentQueue<string> _foreign = new();
    private readonly string _root;

    private BrowsingSession(IBrowserContext context, string root)
    {
        Context = context;
        _root = root;
    }

    public IBrowserContext Context { get; }

    /// <summary>Requests the pages made to any host but the site's own, in the order they were made.</summary>
    public IReadOnlyList<string> ForeignRequests => _foreign.ToList();

    public static async Task<BrowsingSession> StartAsync(IBrowserContext context, string root)
    {
        context.SetDefaultTimeout(BrowserSite.Patience);
        context.SetDefaultNavigationTimeout(BrowserSite.Patience);
        var session = new BrowsingSession(context, root);
        await context.RouteAsync("**/*", session.AnswerAsync);
        return session;
    }

    /// <summary>A new tab showing <paramref name="url"/> (a path on the site), loaded completely.</summary>
    public async Task<IPage> OpenAsync(string url)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    /// <summary>
    /// Visits every one of <paramref name="urls"/> in a few tabs side by side and looks at each page with
    /// <paramref name="look"/>; returns what it found, in the order of <paramref name="urls"/>.
    /// </summary>
    public async Task<IReadOnlyList<T>> VisitAllAsync<T>(IReadOnlyList<string> urls, Func<IPage, string, Task<T>> look)
    {
        var next = -1;
        var found = new T[urls.Count];
        async Task TabAsync()
        {
            var page = await Context.NewPageAsync();
            for (var i = Interlocked.Increment(ref next); i < urls.Count; i = Interlocked.Increment(ref next))
            {
                await page.GotoAsync(urls[i]);
                found[i] = await look(page, urls[i]);
            }

            await page.CloseAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(_ => TabAsync()));
        return found;
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();

    private Task AnswerAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.GetLeftPart(UriPartial.Authority) != Origin)
        {
            _foreign.Enqueue(route.Request.Url);
            return route.AbortAsync("blockedbyclient");
        }

        var resolved = SitePaths.Resolve(_root, url.AbsolutePath);
        return resolved.Outcome switch
        {
            PathOutcome.File => route.FulfillAsync(new() { Status = 200, ContentType = ContentTypes.Of(resolved.FullPath), Path = resolved.FullPath }),
            PathOutcome.NeedsSlash => route.FulfillAsync(new() { Status = 301, Headers = new Dictionary<string, string> { ["Location"] = url.AbsolutePath + "/" } }),
            _ => route.FulfillAsync(new() { Status = 404, ContentType = ContentTypes.Html, Path = Path.Combine(_root, "404.html") }),
        };
    }
}
