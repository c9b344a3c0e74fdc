using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serves_until_stopped_and_then_exits_with_success()
    {
        var port = ServedSite.FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var serving = Task.Run(() => ServeCommand.Run(Arguments(port), stdout, TextWriter.Null, stop.Token));

        using var client = new HttpClient { Timeout = ServedSite.Patience };
        var page = await Retry(() => client.GetStringAsync($"http://127.0.0.1:{port}/"));
        await stop.CancelAsync();

        Assert.Contains(PreviewInjector.BannerText, page);
        Assert.Equal(ExitCodes.Success, await serving.WaitAsync(ServedSite.Patience));
        Assert.Contains($"Serving http://127.0.0.1:{port}/", stdout.ToString());
    }

    [Fact]
    public void Reports_a_port_in_use_as_wrong_usage()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var stderr = new StringWriter();

        var exitCode = CommandLine.Run(["serve", .. Options(port)], TextWriter.Null, stderr);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"Cannot serve on http://127.0.0.1:{port}/", stderr.ToString());
    }

    [Fact]
    public void Build_output_has_none_of_the_preview_additions()
    {
        using var site = new BuiltSite(RepositoryPaths.Fixture("serve"), new DateOnly(2024, 5, 1));

        Assert.True(site.Result.Succeeded);
        Assert.All(site.PageUrls, url =>
        {
            Assert.DoesNotContain(DevServer.ReloadPath, site.Text(url));
            Assert.DoesNotContain(PreviewInjector.BannerText, site.Text(url));
        });
    }

    private static string[] Options(int port) =>
        ["--port", port.ToString(CultureInfo.InvariantCulture), "--content", RepositoryPaths.Fixture("serve"), "--templates", RepositoryPaths.Templates];

    private static Arguments Arguments(int port) => new(Options(port), ServeCommand.ValueOptions, new HashSet<string>());

    private static async Task<T> Retry<T>(Func<Task<T>> attempt)
    {
        using var timeout = new CancellationTokenSource(ServedSite.Patience);
        while (true)
        {
            try
            {
                return await attempt();
            }
            catch (HttpRequestException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }
}
