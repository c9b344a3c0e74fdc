using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// A copy of a repository (solution file, content, templates, a .git folder, a README) inside a folder with a
/// neighbour and a home folder of its own, so that command lines aimed at them can be run for real, as a separate
/// process, and the whole tree hashed before and after.
/// </summary>
public sealed class ThrowawayRepository : IDisposable
{
    private readonly TempDirectory _directory = new();

    public ThrowawayRepository(string fixture = "minimal")
    {
        Root = _directory.Combine("repo");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "Levanger30Site.sln"), "");
        File.WriteAllText(Path.Combine(Root, "README.md"), "# Les meg\n");
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        Copy(RepositoryPaths.Fixture(fixture), Content);
        Copy(RepositoryPaths.Templates, Path.Combine(Root, "templates"));
        Directory.CreateDirectory(Home);
        File.WriteAllText(Path.Combine(Home, "brev.txt"), "privat");
        File.WriteAllText(_directory.Combine("nabo.txt"), "en annen sin fil");
    }

    /// <summary>The folder that holds the repository, its neighbour file and the home folder.</summary>
    public string Outer => _directory.Path;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Home => _directory.Combine("home");

    /// <summary>Runs the generator in the repository as a user would, with HOME pointing at <see cref="Home"/>.</summary>
    public (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sitegen {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the generator in the repository as a user would, with HOME pointing at <see cref="Home"/>, and does not wait.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = Home;
        start.Environment["USERPROFILE"] = Home;
        return Process.Start(start)!;
    }

    /// <summary>Every file and folder under <see cref="Outer"/> with a hash of its bytes (links by their target).</summary>
    public SortedDictionary<string, string> Snapshot(string? under = null)
    {
        var root = under ?? Outer;
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            entries[Path.GetRelativePath(root, entry.FullName)] =
                entry.LinkTarget is { } target ? "-> " + target
                : entry is FileInfo file ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))
                : "folder";
        }

        return entries;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _directory.Dispose();
}
