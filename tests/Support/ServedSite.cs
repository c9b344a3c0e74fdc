using System.Net;
using System.Net.Sockets;
using SiteGen.Build;
using SiteGen.Serve;

namespace SiteGen.Tests.Support;

/// <summary>A <see cref="DevServer"/> on a free loopback port, serving a temporary copy of a fixture it may edit.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempDirectory _directory = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly DevServer _server;
    private readonly Task _running;

    /// <param name="edit">Changes the copied content folder before the first build.</param>
    public ServedSite(string fixture, Action<string>? edit = null)
    {
        Content = _directory.Combine("content");
        CopyFolder(RepositoryPaths.Fixture(fixture), Content);
        edit?.Invoke(Content);
        var options = new BuildOptions(Content, RepositoryPaths.Templates, _directory.Combine("unused-output"), new DateOnly(2024, 5, 1), false, "http://127.0.0.1");
        _server = DevServer.Start(options, FreePort(), _ => { }, TextWriter.Null);
        _running = _server.RunAsync(_stop.Token);
        Client = new HttpClient { BaseAddress = _server.Address, Timeout = Patience };
    }

    public string Content { get; }

    public HttpClient Client { get; }

    public Uri Address => _server.Address;

    public string PathOf(string relative) => Path.Combine(Content, relative);

    /// <summary>Asks for <paramref name="url"/> until the page satisfies <paramref name="condition"/>, or gives up after <see cref="Patience"/>.</summary>
    public async Task<string> WaitForPage(string url, Func<string, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var page = await Client.GetStringAsync(url, timeout.Token);
            if (condition(page))
            {
                return page;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>A port nobody listens on right now, found by letting the system pick one.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _stop.CancelAsync();
        await _running.WaitAsync(Patience);
        await _server.DisposeAsync();
        _stop.Dispose();
        _directory.Dispose();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
