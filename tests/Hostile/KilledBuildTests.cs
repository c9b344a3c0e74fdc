using System.Diagnostics;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// A build is a real process that a user, an editor or CI may kill at any moment (Ctrl+C twice, a closed laptop, a
/// cancelled job). Whenever it dies, a web server reading the output must still find the whole previous site, and
/// the next build must publish normally and leave no staging folders behind.
/// </summary>
public class KilledBuildTests
{
    private static readonly string[] Build = ["build", "--no-history", "--as-of", "2024-12-31"];

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_whole_previous_site_and_the_next_build_cleans_up()
    {
        using var repo = new ThrowawayRepository();
        var output = Path.Combine(repo.Root, "site-output");
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, repo.Run(Build).Exit);
        var buildTime = watch.Elapsed;
        var site = repo.Snapshot(output);
        Assert.Contains("index.html", site.Keys);

        // Fixed seed: the same moments every run, spread over the whole build from start-up to publishing.
        var random = new Random(20241231);
        for (var kill = 0; kill < 8; kill++)
        {
            var after = buildTime * random.NextDouble() * 1.2;
            using var process = repo.Start(Build);
            Thread.Sleep(after);
            process.Kill(entireProcessTree: true);
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the killed build did not end");

            Assert.True(site.SequenceEqual(repo.Snapshot(output)), $"after a kill at {after.TotalMilliseconds:F0} ms the published site was not the whole previous site");
        }

        Assert.Equal(0, repo.Run(Build).Exit);
        Assert.True(site.SequenceEqual(repo.Snapshot(output)));
        var leftovers = Directory.EnumerateFileSystemEntries(repo.Root, ".site-output*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // The published version, and the one before it for readers still inside it; every killed build's staging is gone.
        Assert.All(leftovers, name => Assert.Matches(@"^\.site-output\.(v-[0-9a-f]+|lock)$", name));
        Assert.InRange(leftovers.Count(name => name!.StartsWith(".site-output.v-", StringComparison.Ordinal)), 1, 2);
        Assert.Contains(new FileInfo(output).LinkTarget, leftovers);
    }
}
