using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

public sealed class DevServerTests : IAsyncLifetime
{
    private const string Subproject = "subprojects/testprosjekt.md";
    private const string SubprojectUrl = "/delprosjekter/testprosjekt/";

    private ServedSite _site = null!;

    public Task InitializeAsync()
    {
        _site = new ServedSite("serve");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Serves_pages_with_the_preview_banner_and_the_reload_script()
    {
        using var response = await _site.Client.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Testprogrammet", page);
        Assert.Contains(PreviewInjector.BannerText, page);
        Assert.Contains($"<script src=\"{PreviewInjector.ScriptPath}\" data-since=", page);
        Assert.DoesNotContain("<dialog", page);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        var script = await _site.Client.GetStringAsync(PreviewInjector.ScriptPath);
        Assert.Contains($"new EventSource(\"{DevServer.ReloadPath}?since=", script);
    }

    [Fact]
    public async Task Shows_errors_over_the_last_good_site_until_the_file_is_fixed()
    {
        var path = _site.PathOf(Subproject);
        var good = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, good.Replace("status: active", "status: aktiv").Replace("Første versjon", "Ødelagt versjon"));

        var broken = await _site.WaitForPage(SubprojectUrl, page => page.Contains(PreviewInjector.ErrorHeading));
        Assert.Contains("role=\"alert\"", broken);
        Assert.Contains("testprosjekt.md:3:9</code> <strong>LV106</strong>", broken);
        Assert.Contains("Første versjon", broken);
        Assert.DoesNotContain("Ødelagt versjon", broken);

        await File.WriteAllTextAsync(path, good.Replace("Første versjon", "Andre versjon"));
        // The files are swapped in just before the error list is cleared; open pages reload only after both.
        var fixedPage = await _site.WaitForPage(SubprojectUrl, page => page.Contains("Andre versjon") && !page.Contains(PreviewInjector.ErrorHeading));
        Assert.Contains("Andre versjon", fixedPage);
    }

    [Fact]
    public async Task Survives_hostile_files_saved_while_serving_and_shows_each_in_the_page()
    {
        var deep = _site.PathOf("subprojects/dyp.md");
        await File.WriteAllTextAsync(deep, "---\ntitle: " + new string('[', 40_000) + "\n---\nTekst.\n");

        // The watcher may see the file half written first; wait for the error of the whole file.
        var broken = await _site.WaitForPage("/", page => page.Contains("<strong>LV012</strong>"));
        Assert.Contains(PreviewInjector.ErrorHeading, broken);
        Assert.Contains("dyp.md:2:", broken);

        await File.WriteAllTextAsync(deep, "---\ntitle: Stor\n---\n" + new string('a', 2 << 20));
        var tooLarge = await _site.WaitForPage("/", page => page.Contains("<strong>LV011</strong>"));
        Assert.Contains("dyp.md:1:1", tooLarge);

        File.Delete(deep);
        var fixedPage = await _site.WaitForPage("/", page => !page.Contains(PreviewInjector.ErrorHeading));
        Assert.Contains("Testprogrammet", fixedPage);
    }

    /// <summary>
    /// Data files are written after the pages; one asked for as soon as a page shows the save must have it too. On this
    /// small site the file is usually in place before the request even without the wait for it, so this holds that
    /// serve writes data files again at all; <c>InPlaceSiteTests</c> hold the wait and the order.
    /// </summary>
    [Fact]
    public async Task A_data_file_asked_for_once_the_page_shows_a_save_has_the_save_in_it()
    {
        var path = _site.PathOf(Subproject);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Første versjon", "Andre versjon"));

        await _site.WaitForPage(SubprojectUrl, page => page.Contains("Andre versjon"));
        var json = await _site.Client.GetStringAsync("/data/programme.json");

        Assert.Contains("Andre versjon", json);
        Assert.DoesNotContain("Første versjon", json);
    }

    [Fact]
    public async Task Shows_the_errors_on_every_url_while_no_build_has_succeeded()
    {
        await using var site = new ServedSite("serve", content => File.WriteAllText(Path.Combine(content, "programme.yml"), "organisation: Testkommunen\n"));

        using var response = await site.Client.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("programme.yml:1:1</code> <strong>LV102</strong>", page);
    }

    [Fact]
    public async Task Tells_open_pages_to_reload_once_the_site_is_newer_than_they_are()
    {
        using var timeout = new CancellationTokenSource(ServedSite.Patience);
        using var stream = new StreamReader(await _site.Client.GetStreamAsync($"{DevServer.ReloadPath}?since=0", timeout.Token));

        var events = await stream.ReadToEndAsync(timeout.Token);

        Assert.Contains("data: reload", events);
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/..%2f..%2fprogramme.yml")]
    [InlineData("/assets/..\\..\\programme.yml")]
    public async Task Refuses_paths_that_lead_outside_the_site(string path)
    {
        var response = await RawGet(path);

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("Testkommunen", response);
    }

    [Fact]
    public async Task Answers_unknown_urls_with_the_404_page()
    {
        using var response = await _site.Client.GetAsync("/finnes-ikke/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Fant ikke siden", page);
        Assert.Contains(PreviewInjector.ScriptPath, page);
    }

    [Fact]
    public async Task Redirects_a_folder_without_its_slash()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _site.Address };

        using var response = await client.GetAsync("/delprosjekter");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/delprosjekter/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/data/programme.json", "application/json")]
    public async Task Sends_each_file_with_its_content_type(string url, string mediaType)
    {
        using var response = await _site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("feed.atom", "application/atom+xml")]
    [InlineData("milepaeler.ics", "text/calendar")]
    [InlineData("tiltak.csv", "text/csv")]
    [InlineData("graf.svg", "image/svg+xml")]
    [InlineData("sok.js", "text/javascript")]
    [InlineData("side.html", "text/html")]
    public void Knows_the_content_type_of_every_kind_of_site_file(string file, string mediaType) =>
        Assert.StartsWith(mediaType, ContentTypes.Of(file), StringComparison.Ordinal);

    /// <summary>HttpClient tidies ".." away before sending, so this speaks HTTP on a socket itself.</summary>
    private async Task<string> RawGet(string path)
    {
        using var timeout = new CancellationTokenSource(ServedSite.Patience);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _site.Address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
