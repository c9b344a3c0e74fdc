using System.Text;

namespace SiteGen.History;

/// <summary>
/// The git repository a content folder lives in, seen from that folder: every path given to or read from git is
/// relative to the content folder. Each method is one git call, whatever the number of files.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string contentDirectory, bool isShallow)
    {
        ContentDirectory = contentDirectory;
        IsShallow = isShallow;
    }

    public string ContentDirectory { get; }

    /// <summary>A shallow clone lacks older commits, so history from it would be wrong rather than short.</summary>
    public bool IsShallow { get; }

    /// <summary>The repository holding <paramref name="contentDirectory"/>; null outside git or without git installed.</summary>
    public static GitRepository? Open(string contentDirectory)
    {
        var output = GitProcess.Run(contentDirectory, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"]);
        if (output is not { Succeeded: true })
        {
            return null;
        }

        var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 2 && lines[0] == "true" ? new GitRepository(contentDirectory, lines[1] == "true") : null;
    }

    /// <summary>The commit a revision (a branch, tag, hash, HEAD~2 …) names; null when git knows no such commit.</summary>
    public string? ResolveCommit(string revision)
    {
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Contains('\n'))
        {
            return null;
        }

        var output = Git("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        return output.Succeeded ? output.Text.Trim() : null;
    }

    /// <summary>Every file under the content folder at <paramref name="commit"/>, with its blob id; symbolic links and submodules are not content.</summary>
    public IReadOnlyList<(string Path, string Blob)> ListFiles(string commit)
    {
        var files = new List<(string, string)>();
        foreach (var entry in Fields(Git("ls-tree", "-r", "-z", commit).Stdout))
        {
            // "<mode> <type> <object>\t<path>"
            var tab = entry.IndexOf('\t');
            var meta = entry[..tab].Split(' ');
            if (meta[0] is "100644" or "100755" && meta[1] == "blob")
            {
                files.Add((entry[(tab + 1)..], meta[2]));
            }
        }

        return files;
    }

    /// <summary>
    /// The contents of many objects in one <c>git cat-file --batch</c>: blob ids, or <c>commit:./path</c> for a file
    /// as it was at a commit. A name git does not have gives null.
    /// </summary>
    public IReadOnlyList<byte[]?> ReadObjects(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var output = Git(["cat-file", "--batch"], string.Concat(names.Select(n => n + "\n")));
        var data = output.Stdout;
        var results = new List<byte[]?>(names.Count);
        var at = 0;
        while (results.Count < names.Count && at < data.Length)
        {
            // "<oid> <type> <size>\n<bytes>\n", or "<name> missing\n"
            var end = Array.IndexOf(data, (byte)'\n', at);
            var header = Encoding.UTF8.GetString(data, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length != 3 || !int.TryParse(header[2], out var size))
            {
                results.Add(null);
                continue;
            }

            results.Add(data.AsSpan(at, size).ToArray());
            at += size + 1;
        }

        return results;
    }

    /// <summary>
    /// Every commit that changed a file under the content folder, newest first, merges left out: one <c>git log</c>.
    /// </summary>
    public GitOutput Log() =>
        Git("log", "--no-merges", "--relative", "--name-status", "-z", "--find-renames", $"--format={ContentLog.Format}", "--", ".");

    private GitOutput Git(params string[] arguments) => Git(arguments, null);

    private GitOutput Git(string[] arguments, string? input) =>
        GitProcess.Run(ContentDirectory, arguments, input) ?? throw new IOException("git is no longer available.");

    private static IEnumerable<string> Fields(byte[] nulSeparated) =>
        Encoding.UTF8.GetString(nulSeparated).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
