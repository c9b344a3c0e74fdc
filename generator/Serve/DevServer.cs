using System.Net;
using System.Text;
using SiteGen.Build;
using SiteGen.Rendering;

namespace SiteGen.Serve;

/// <summary>
/// <c>serve</c>: the site on 127.0.0.1 only, rebuilt when content or templates change, with every open page
/// reloaded by a Server-Sent Events stream at <see cref="ReloadPath"/>. Stops when its token is cancelled.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string ReloadPath = "/__reload";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HttpListener _listener;
    private readonly PreviewSite _site;
    private readonly ContentWatcher _watcher;

    private DevServer(HttpListener listener, PreviewSite site, ContentWatcher watcher, Uri address)
    {
        _listener = listener;
        _site = site;
        _watcher = watcher;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Listens first (a taken port throws <see cref="HttpListenerException"/> before anything is built), then builds once.</summary>
    public static DevServer Start(BuildOptions options, int port, Action<BuildResult> onBuilt, TextWriter log)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var listener = new HttpListener();
        listener.Prefixes.Add(address.ToString());
        try
        {
            listener.Start();
        }
        catch (HttpListenerException)
        {
            listener.Close();
            throw;
        }

        var site = new PreviewSite(options, onBuilt, log);
        var watcher = new ContentWatcher([options.ContentDirectory, options.TemplatesDirectory], site.Rebuild, site.Seen);
        site.Rebuild();
        return new DevServer(listener, site, watcher, address);
    }

    public async Task RunAsync(CancellationToken cancellation)
    {
        using var stop = cancellation.Register(_listener.Stop);
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (cancellation.IsCancellationRequested && e is HttpListenerException or ObjectDisposedException)
            {
                break;
            }

            _ = Task.Run(() => HandleAsync(context, cancellation), CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.DisposeAsync();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // .NET's managed listener looks its port up again while unregistering and can fail to bind it when another
            // process took it meanwhile; the server is stopping either way, so there is nothing left to release.
        }

        _site.Dispose();
    }

    private async Task HandleAsync(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["Content-Security-Policy"] = ContentSecurityPolicy.HeaderValue;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                await SendAsync(response, HttpStatusCode.MethodNotAllowed, "text/plain; charset=utf-8", Utf8.GetBytes("Only GET and HEAD.\n"));
            }
            else if (context.Request.Url?.AbsolutePath == ReloadPath)
            {
                await StreamReloadAsync(context, cancellation);
            }
            else if (context.Request.Url?.AbsolutePath is PreviewInjector.StylePath or PreviewInjector.ScriptPath)
            {
                var script = context.Request.Url.AbsolutePath == PreviewInjector.ScriptPath;
                await SendAsync(response, HttpStatusCode.OK, script ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                    Utf8.GetBytes(script ? PreviewInjector.Script : PreviewInjector.Style), context.Request.HttpMethod == "HEAD");
            }
            else
            {
                await SendFileAsync(context);
            }
        }
        catch (Exception)
        {
            // A dropped connection, or any other failure of one request: that request is cut off, the server goes on.
            response.Abort();
        }
    }

    private async Task SendFileAsync(HttpListenerContext context)
    {
        var response = context.Response;
        // A data file of the last save may still be on its way to the folder: it is sent once it is there.
        // If it could not be written, the last version on disk is sent (and serve has said why in its log).
        await _site.Pending(Uri.UnescapeDataString((context.Request.Url?.AbsolutePath ?? "/").TrimStart('/'))).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var resolved = SitePaths.Resolve(_site.Root, context.Request.RawUrl ?? "/");
        switch (resolved.Outcome)
        {
            case PathOutcome.Refused:
                await SendAsync(response, HttpStatusCode.BadRequest, "text/plain; charset=utf-8", Utf8.GetBytes("Refused: the path leads outside the site.\n"));
                break;
            case PathOutcome.NeedsSlash:
                response.RedirectLocation = context.Request.Url!.AbsolutePath + "/";
                await SendAsync(response, HttpStatusCode.MovedPermanently, "text/plain; charset=utf-8", []);
                break;
            case PathOutcome.File:
                await SendAsync(response, HttpStatusCode.OK, ContentTypes.Of(resolved.FullPath), Body(resolved.FullPath), context.Request.HttpMethod == "HEAD");
                break;
            default:
                var notFound = Path.Combine(_site.Root, "404.html");
                var (status, page) = File.Exists(notFound)
                    ? (HttpStatusCode.NotFound, Body(notFound))
                    : (HttpStatusCode.ServiceUnavailable, Page(PreviewInjector.EmptyPage()));
                await SendAsync(response, status, ContentTypes.Html, page, context.Request.HttpMethod == "HEAD");
                break;
        }
    }

    /// <summary>HTML pages get the preview additions; every other file is sent as built.</summary>
    private byte[] Body(string path) =>
        ContentTypes.Of(path) == ContentTypes.Html ? Page(File.ReadAllText(path)) : File.ReadAllBytes(path);

    private byte[] Page(string html) => Utf8.GetBytes(PreviewInjector.Inject(html, _site.Generation, _site.Errors));

    private static async Task SendAsync(HttpListenerResponse response, HttpStatusCode status, string contentType, byte[] body, bool headOnly = false)
    {
        response.StatusCode = (int)status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!headOnly)
        {
            await response.OutputStream.WriteAsync(body);
        }

        response.Close();
    }

    /// <summary>One "reload" event as soon as the site is newer than the page's <c>since</c> generation, with comments to keep the stream open meanwhile.</summary>
    private async Task StreamReloadAsync(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        var since = int.TryParse(context.Request.QueryString["since"], out var generation) ? generation : -1;
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var stream = response.OutputStream;
        await WriteEventAsync(stream, ": connected\n\n", cancellation);
        while (true)
        {
            var changed = _site.Changed;
            if (_site.Generation != since)
            {
                break;
            }

            try
            {
                await changed.WaitAsync(KeepAlive, cancellation);
            }
            catch (TimeoutException)
            {
                await WriteEventAsync(stream, ": keep-alive\n\n", cancellation);
            }
        }

        await WriteEventAsync(stream, "data: reload\n\n", cancellation);
        response.Close();
    }

    private static async Task WriteEventAsync(Stream stream, string text, CancellationToken cancellation)
    {
        await stream.WriteAsync(Utf8.GetBytes(text), cancellation);
        await stream.FlushAsync(cancellation);
    }
}
