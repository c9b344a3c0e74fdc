using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SiteGen.Emit;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>The site on disk is replaced whole or not at all, and only a site is ever replaced.</summary>
public partial class OutputWriterTests
{
    private static readonly SiteFile[] OldSite = [SiteFile.Text("index.html", "gammel forside"), SiteFile.Text("om/index.html", "gammel om-side")];

    private static readonly SiteFile[] NewSite = [SiteFile.Text("index.html", "ny forside")];

    /// <summary>The second file must go where the first is already a file, so writing fails halfway through.</summary>
    private static readonly SiteFile[] FailsMidway = [SiteFile.Text("a/index.html", "ny"), SiteFile.Text("a/index.html/b.html", "ny")];

    [Fact]
    public void A_build_with_errors_leaves_the_previous_site_byte_for_byte()
    {
        using var content = new ContentCopy();
        Assert.True(content.Build().Succeeded);
        var before = Hashes(content.Output);

        var result = content.Use("unknown-key.md", "subprojects/skole.md").Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Hashes(content.Output));
        Assert.Equal([".site-output.lock", ".site-output.v-*", "content", "site-output"], Entries(content.Root));
    }

    [Fact]
    public void An_interrupted_write_leaves_the_old_site_whole_and_no_staging_folder()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, OldSite);
        var before = Hashes(output);

        var failure = Assert.Throws<PublishFailedException>(() => OutputWriter.Write(output, FailsMidway));

        Assert.Contains("the previous site is unchanged", failure.Message);
        Assert.Equal(before, Hashes(output));
        Assert.Equal([".site-output.lock", ".site-output.v-*", "site-output"], Entries(directory.Path));
    }

    /// <summary>A real folder from an older layout is moved aside before the link replaces it; a kill right then leaves it there.</summary>
    [Fact]
    public void Restores_the_old_site_when_a_previous_run_died_after_moving_it_aside()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        var aside = directory.Combine(".site-output.previous-" + new string('0', 32));
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "gammel forside");
        File.WriteAllText(Path.Combine(aside, OutputGuard.MarkerName), OutputGuard.MarkerText);
        var before = Hashes(aside);

        Assert.Throws<PublishFailedException>(() => OutputWriter.Write(output, FailsMidway));

        Assert.Equal(before, Hashes(output));
        Assert.Equal([".site-output.lock", "site-output"], Entries(directory.Path));
    }

    [Fact]
    public void Replaces_the_site_and_clears_leftovers_of_a_killed_build_but_nothing_else()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, OldSite);
        Directory.CreateDirectory(directory.Combine(".site-output.v-" + new string('1', 32)));
        File.CreateSymbolicLink(directory.Combine(".site-output.link-" + new string('2', 32)), "/");
        Directory.CreateDirectory(directory.Combine(".site-output.notes"));

        OutputWriter.Write(output, NewSite);
        OutputWriter.Write(output, NewSite);

        Assert.Equal(["index.html"], Hashes(output).Keys);
        Assert.Equal([".site-output.lock", ".site-output.notes", ".site-output.v-*", ".site-output.v-*", "site-output"], Entries(directory.Path));
    }

    [Fact]
    public void Refuses_a_folder_a_build_did_not_write_and_leaves_it_alone()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("notes");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "viktig.txt"), "ikke slett meg");

        var refused = Assert.Throws<OutputRefusedException>(() => OutputWriter.Write(output, NewSite));

        Assert.Contains(OutputGuard.MarkerName, refused.Message);
        Assert.Equal("ikke slett meg", File.ReadAllText(Path.Combine(output, "viktig.txt")));
        Assert.Equal(["notes"], Entries(directory.Path).Where(e => !e.EndsWith(".lock", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replaces_an_empty_folder_and_a_site_of_an_earlier_build()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        Directory.CreateDirectory(output);

        OutputWriter.Write(output, OldSite);
        OutputWriter.Write(output, NewSite);

        Assert.Equal("ny forside", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, OutputGuard.MarkerName)));
    }

    /// <summary>A reader polling the site while it is rebuilt again and again never finds the front page missing or half-written.</summary>
    [Fact]
    public void Readers_see_the_old_site_or_the_new_one_and_never_a_gap()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, OldSite);
        var misses = 0;
        var reads = 0;
        using var stop = new CancellationTokenSource();
        // A thread of its own: on a busy machine a pool task could start only after every build was done.
        var reader = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(output, "index.html")) is not ("gammel forside" or "ny forside"))
                    {
                        misses++;
                    }
                }
                catch (IOException)
                {
                    misses++;
                }

                Volatile.Write(ref reads, reads + 1);
            }
        });
        reader.Start();
        SpinWait.SpinUntil(() => Volatile.Read(ref reads) > 0, TimeSpan.FromSeconds(30));

        for (var i = 0; i < 40 || (Volatile.Read(ref reads) <= 100 && i < 2000); i++)
        {
            OutputWriter.Write(output, i % 2 == 0 ? NewSite : OldSite);
        }

        stop.Cancel();
        reader.Join();
        Assert.True(reads > 100, $"only {reads} reads");
        Assert.Equal(0, misses);
    }

    /// <summary>
    /// A rebuild gives unchanged files the published version's file instead of writing them anew (on Windows, where the
    /// site is swapped by renames, it writes them). Appending to the older version's copies, which no build does, shows
    /// which names share a file: the unchanged page does, the changed one is a file of its own, so readers still in the
    /// older version keep its bytes.
    /// </summary>
    [Fact]
    public void A_rebuild_shares_unchanged_files_with_the_published_version_and_writes_changed_ones_anew()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om 1")]);
        var older = Version(output);

        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om 2")]);
        if (!OperatingSystem.IsWindows())
        {
            File.AppendAllText(Path.Combine(older, "index.html"), " + mer");
            File.AppendAllText(Path.Combine(older, "om", "index.html"), " + mer");
        }

        Assert.Equal(OperatingSystem.IsWindows() ? "forside" : "forside + mer", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("om 2", File.ReadAllText(Path.Combine(output, "om", "index.html")));

        // A published file whose bytes are no longer the build's (changed by hand, as here) is written anew.
        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om 2")]);
        Assert.Equal("forside", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("om 2", File.ReadAllText(Path.Combine(output, "om", "index.html")));
    }

    /// <summary>
    /// The version before the published one becomes the next one instead of being deleted: what it has and the new
    /// build does not (a page, a folder, a folder that is now a file) is gone, so the published site is exactly the
    /// new build; and a reader who still has one of its old files open goes on reading the old bytes.
    /// </summary>
    [Fact]
    public void The_version_before_the_published_one_becomes_the_next_with_nothing_of_it_left()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om"), SiteFile.Text("gammel/side/index.html", "gammel"), SiteFile.Text("flyttet/index.html", "mappe")]);
        var first = Version(output);
        OutputWriter.Write(output, [SiteFile.Text("index.html", "ny forside")]);
        using var reader = File.OpenRead(Path.Combine(first, "om", "index.html"));

        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om igjen"), SiteFile.Text("flyttet", "fil"), SiteFile.Text("ny/index.html", "ny")]);

        Assert.Equal(OperatingSystem.IsWindows() ? output : first, Version(output));
        Assert.Equal(
            [".sitegen-output", "flyttet = fil", "index.html = forside", "ny/", "ny/index.html = ny", "om/", "om/index.html = om igjen"],
            Directory.EnumerateFileSystemEntries(Version(output), "*", SearchOption.AllDirectories)
                .Select(e => Path.GetRelativePath(Version(output), e).Replace('\\', '/') + (Directory.Exists(e) ? "/" : Path.GetFileName(e) == OutputGuard.MarkerName ? "" : " = " + File.ReadAllText(e)))
                .Order(StringComparer.Ordinal));
        Assert.Equal("om", new StreamReader(reader).ReadToEnd());
        Assert.Equal([".site-output.lock", ".site-output.v-*", ".site-output.v-*", "site-output"], Entries(directory.Path));
    }

    /// <summary>An old version with a symbolic link in it (no build makes one) is deleted, not written into, and what the link points to is untouched.</summary>
    [Fact]
    public void An_old_version_with_a_link_in_it_is_not_written_through()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        var outside = directory.Combine("utenfor");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "utenfor");
        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside")]);
        var first = Version(output);
        OutputWriter.Write(output, [SiteFile.Text("index.html", "ny forside")]);
        Directory.CreateSymbolicLink(Path.Combine(first, "om"), outside);

        OutputWriter.Write(output, [SiteFile.Text("index.html", "forside"), SiteFile.Text("om/index.html", "om")]);

        Assert.NotEqual(first, Version(output));
        Assert.False(Directory.Exists(first));
        Assert.Equal("om", File.ReadAllText(Path.Combine(output, "om", "index.html")));
        Assert.Equal(["index.html"], Directory.EnumerateFiles(outside).Select(Path.GetFileName));
        Assert.Equal("utenfor", File.ReadAllText(Path.Combine(outside, "index.html")));
    }

    /// <summary>The folder the published link points to (the target itself where the site is swapped by renames).</summary>
    private static string Version(string output) => new FileInfo(output).ResolveLinkTarget(returnFinalTarget: false)?.FullName ?? output;

    /// <summary>Two builds into one folder at once take turns: both publish a complete site, and no staging folder is left.</summary>
    [Fact]
    public void Builds_into_one_folder_at_the_same_time_take_turns()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        var sites = Enumerable.Range(0, 8).Select(i => new[] { SiteFile.Text("index.html", $"side {i}"), SiteFile.Text("a/b.html", $"b {i}") }).ToList();

        Parallel.ForEach(sites, new ParallelOptions { MaxDegreeOfParallelism = 8 }, site => OutputWriter.Write(output, site));

        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Equal(index.Replace("side", "b"), File.ReadAllText(Path.Combine(output, "a", "b.html")));
        Assert.Equal([".site-output.lock", ".site-output.v-*", ".site-output.v-*", "site-output"], Entries(directory.Path));
    }

    private static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputGuard.MarkerName)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>Everything in the folder, with the random part of version names replaced by <c>*</c>.</summary>
    private static List<string> Entries(string parent) =>
        [.. Directory.EnumerateFileSystemEntries(parent).Select(d => Token().Replace(Path.GetFileName(d)!, "*")).Order(StringComparer.Ordinal)];

    [GeneratedRegex("(?<=-)[0-9a-f]{32}$")]
    private static partial Regex Token();
}
