using System.Security.Cryptography;
using SiteGen.Emit;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>The site on disk is replaced whole or not at all.</summary>
public class OutputWriterTests
{
    private static readonly SiteFile[] OldSite = [SiteFile.Text("index.html", "gammel forside"), SiteFile.Text("om/index.html", "gammel om-side")];

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
        Assert.Equal(["content", "site-output"], Folders(content.Root));
    }

    [Fact]
    public void An_interrupted_write_leaves_the_old_site_whole_and_no_staging_folder() =>
        AssertAFailedWriteKeepsTheOldSite(movedAsideAs: null);

    [Fact]
    public void Restores_the_old_site_when_a_previous_run_died_between_its_two_renames() =>
        AssertAFailedWriteKeepsTheOldSite(movedAsideAs: ".site-output-old-4242");

    [Fact]
    public void Replaces_the_site_and_clears_leftovers_of_a_killed_build()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, OldSite);
        Directory.CreateDirectory(directory.Combine(".site-output-new-4242"));

        OutputWriter.Write(output, [SiteFile.Text("index.html", "ny forside")]);

        Assert.Equal(["index.html"], Hashes(output).Keys);
        Assert.Equal(["site-output"], Folders(directory.Path));
    }

    /// <summary>
    /// Writes an old site, optionally moves it aside as a killed run would have left it, then lets a write fail
    /// halfway: the old site must be in place, byte for byte, and nothing else beside it.
    /// </summary>
    private static void AssertAFailedWriteKeepsTheOldSite(string? movedAsideAs)
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site-output");
        OutputWriter.Write(output, OldSite);
        var before = Hashes(output);
        if (movedAsideAs is not null)
        {
            Directory.Move(output, directory.Combine(movedAsideAs));
        }

        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(output, FailsMidway));

        Assert.Equal(before, Hashes(output));
        Assert.Equal(["site-output"], Folders(directory.Path));
    }

    private static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static List<string> Folders(string parent) =>
        [.. Directory.EnumerateDirectories(parent).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];
}
