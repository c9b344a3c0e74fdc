using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Tests.Support;

/// <summary>
/// A git repository in a temporary folder, starting with a fixture's content as its first commit. Commits get fixed
/// names and dates (one day apart from 1 February 2024, unless given), so history and hashes are the same on every run.
/// </summary>
public sealed class TempGitRepository : IDisposable
{
    private static readonly DateTimeOffset FirstDay = new(2024, 2, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TempDirectory _directory;
    private int _commits;

    public TempGitRepository(string fixture = "minimal", string firstMessage = "Første versjon av programmet")
    {
        _directory = new TempDirectory();
        Root = _directory.Path;
        var source = RepositoryPaths.Fixture(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Git("init", "-q", "-b", "main");
        Commit(firstMessage);
    }

    /// <summary>Wraps a repository made some other way (a clone), for running git in it.</summary>
    private TempGitRepository(TempDirectory directory, string root) => (_directory, Root) = (directory, root);

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string PathOf(string relative) => Path.Combine(Content, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public TempGitRepository Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
        return this;
    }

    /// <summary>Replaces text that must be there, so a test cannot silently edit nothing.</summary>
    public TempGitRepository Replace(string relative, string old, string @new)
    {
        var text = Read(relative);
        Assert.Contains(old, text);
        return Write(relative, text.Replace(old, @new, StringComparison.Ordinal));
    }

    public TempGitRepository Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    /// <summary>Commits everything in the work tree; returns the commit's hash.</summary>
    public string Commit(string message, DateTimeOffset? when = null)
    {
        var date = (when ?? FirstDay.AddDays(_commits++)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        Git("add", "-A");
        Git(["commit", "-q", "--allow-empty", "-m", message], ("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date));
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>A clone of this repository into a new temporary folder; <paramref name="depth"/> makes it shallow.</summary>
    public TempGitRepository Clone(int? depth = null)
    {
        var target = new TempDirectory();
        var root = Path.Combine(target.Path, "repo");
        string[] shallow = depth is null ? [] : ["--depth", depth.Value.ToString(CultureInfo.InvariantCulture)];
        Git(["clone", "-q", .. shallow, new Uri(Root).AbsoluteUri, root]);
        return new TempGitRepository(target, root);
    }

    public string Git(params string[] arguments) => Git(arguments, []);

    private string Git(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", "user.name=Rådgiver Test", "-c", "user.email=radgiver@example.org", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Rådgiver Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "radgiver@example.org";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {errors.Result}");
        return output;
    }

    public void Dispose() => _directory.Dispose();
}
