using SiteGen.Build;
using SiteGen.Emit;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The preview's folder: pages are in place when a step publishes, data files follow in the background, and a
/// request that asks for a data file in the meantime is answered only once it is there.
/// </summary>
public class InPlaceSiteTests
{
    private static readonly Dictionary<string, UInt128> Nothing = [];

    [Fact]
    public async Task A_data_file_is_announced_as_pending_until_its_new_bytes_are_in_place()
    {
        using var directory = new TempDirectory();
        var first = Publish(directory.Path, Nothing, [SiteFile.Text("index.html", "forside 1")], [SiteFile.Text("data/programme.json", "{\"v\":1}")]);
        await first.Placed;

        var data = string.Concat(Enumerable.Repeat("{\"v\":2}", 1 << 20));
        var second = Publish(directory.Path, first.Written, [SiteFile.Text("index.html", "forside 2")], [SiteFile.Text("data/programme.json", data)]);

        Assert.Equal("forside 2", File.ReadAllText(Path.Combine(directory.Path, "index.html")));
        Assert.True(second.Pending("index.html").IsCompleted);
        await second.Pending("data/programme.json");
        Assert.Equal(data, File.ReadAllText(Path.Combine(directory.Path, "data", "programme.json")));
        Assert.Equal(["data/programme.json", "index.html"], Files(directory.Path));
        Assert.Equal(ModelFingerprint.Digest(System.Text.Encoding.UTF8.GetBytes(data)), second.Written["data/programme.json"]);
    }

    [Fact]
    public async Task A_step_that_starts_while_the_last_ones_data_files_are_written_puts_its_own_in_place_after_them()
    {
        using var directory = new TempDirectory();
        var large = string.Concat(Enumerable.Repeat("{\"v\":1}", 1 << 20));
        var first = Publish(directory.Path, Nothing, [SiteFile.Text("index.html", "forside 1")], [SiteFile.Text("data/programme.json", large)]);

        var second = Publish(directory.Path, first.Written, [SiteFile.Text("index.html", "forside 2")], [SiteFile.Text("data/programme.json", "{\"v\":2}")], first.Placed);
        await second.Placed;

        Assert.Equal("{\"v\":2}", File.ReadAllText(Path.Combine(directory.Path, "data", "programme.json")));
        Assert.Equal(["data/programme.json", "index.html"], Files(directory.Path));
    }

    [Fact]
    public async Task After_a_data_file_could_not_be_written_the_next_step_writes_it_even_with_the_same_bytes()
    {
        using var directory = new TempDirectory();
        var first = Publish(directory.Path, Nothing, [SiteFile.Text("index.html", "forside")], [SiteFile.Text("data/programme.json", "{\"v\":1}")]);
        await first.Placed;
        var claimed = new Dictionary<string, UInt128>(first.Written) { ["data/programme.json"] = ModelFingerprint.Digest(System.Text.Encoding.UTF8.GetBytes("{\"v\":2}")) };

        var second = Publish(directory.Path, claimed, [SiteFile.Text("index.html", "forside")], [SiteFile.Text("data/programme.json", "{\"v\":2}")], Task.FromException(new IOException("disk full")));
        await second.Placed;

        Assert.Equal("{\"v\":2}", File.ReadAllText(Path.Combine(directory.Path, "data", "programme.json")));
    }

    [Fact]
    public async Task A_step_that_is_not_published_leaves_the_last_site_and_no_half_written_file()
    {
        using var directory = new TempDirectory();
        var first = Publish(directory.Path, Nothing, [SiteFile.Text("index.html", "forside 1")], [SiteFile.Text("data/programme.json", "{\"v\":1}")]);
        await first.Placed;

        using (var failed = new InPlaceSite(directory.Path, first.Written, [], first.Placed))
        {
            failed.AddAll([SiteFile.Text("data/programme.json", "{\"v\":2}"), SiteFile.Text("data/ny.csv", "a,b")]);
            failed.Add(SiteFile.Text("index.html", "forside 2"));
        }

        Assert.Equal("forside 1", File.ReadAllText(Path.Combine(directory.Path, "index.html")));
        Assert.Equal("{\"v\":1}", File.ReadAllText(Path.Combine(directory.Path, "data", "programme.json")));
        Assert.Equal(["data/programme.json", "index.html"], Files(directory.Path));
    }

    private static InPlaceSite Publish(string folder, IReadOnlyDictionary<string, UInt128> written, SiteFile[] pages, SiteFile[] data, Task? before = null)
    {
        var site = new InPlaceSite(folder, written, [], before ?? Task.CompletedTask);
        site.AddAll(data);
        foreach (var page in pages)
        {
            site.Add(page);
        }

        site.Publish();
        return site;
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
