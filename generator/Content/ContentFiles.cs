using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Finds the files of the content folder. The folder comes from a pull request, so it may hold anything:
/// a symbolic link out of it (to ~/.ssh, say) is reported and not followed, a folder link that loops or leads to a
/// folder already read is read once, and a FIFO, device or socket is skipped with a warning instead of
/// blocking the build forever or reading endless bytes.
/// </summary>
/// <param name="readBefore">
/// Whether a preview session read the file at this path, with this size and time, as a regular file before: it is
/// not asked again whether it is one, a system call per file.
/// </param>
public sealed class ContentFiles(DiagnosticBag diagnostics, Func<string, string> displayPath, Func<string, FileStamp, bool>? readBefore = null)
{
    private static readonly EnumerationOptions AllEntries = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    public IReadOnlyList<ContentFile> Find(string contentDirectory)
    {
        var root = new DirectoryInfo(contentDirectory);
        var realRoot = RealPaths.Of(root.FullName);
        var files = new ConcurrentBag<ContentFile>();
        Walk(root, "", realRoot, new HashSet<string>(StringComparer.Ordinal) { realRoot }, files);
        return [.. files.OrderBy(f => f.Relative, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The folder's names are listed first, which needs no system call per entry; then each file's status is read on
    /// every core (at 10,000 subprojects, reading them one by one was most of a preview step's load), and each folder in turn.
    /// </summary>
    private void Walk(DirectoryInfo folder, string prefix, string realRoot, HashSet<string> visited, ConcurrentBag<ContentFile> files)
    {
        var entries = new FileSystemEnumerable<(string Name, bool IsDirectory)>(folder.FullName, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), AllEntries)
            .Where(e => !ContentPaths.IsHidden(e.Name))
            .ToList();
        Parallel.ForEach(entries.Where(e => !e.IsDirectory), e => Visit(new FileInfo(Path.Combine(folder.FullName, e.Name)), prefix, realRoot, visited, files));
        foreach (var (name, _) in entries.Where(e => e.IsDirectory))
        {
            Visit(new DirectoryInfo(Path.Combine(folder.FullName, name)), prefix, realRoot, visited, files);
        }
    }

    /// <summary>One entry of a folder; <paramref name="visited"/> is used only for folders, which are visited one at a time.</summary>
    private void Visit(FileSystemInfo entry, string prefix, string realRoot, HashSet<string> visited, ConcurrentBag<ContentFile> files)
    {
        var relative = prefix + entry.Name;
        // Where a problem with the entry is reported; made only for one, as it costs a relative path per file.
        SourceSpan At() => SourceSpan.AtFile(displayPath(entry.FullName));
        FileSystemInfo? real = entry;
        // The listing already knows which entries are links; reading every file's link target was a system call per file.
        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
        {
            var target = RealPaths.Follow(entry);
            real = target is null ? null : Directory.Exists(target) ? new DirectoryInfo(target) : new FileInfo(target);
            if (real is null || !real.Exists)
            {
                diagnostics.Warning(DiagnosticCodes.NotARegularFile, At(),
                    "Lenken peker på noe som ikke finnes, eller på seg selv, og hoppes over. Slett lenken, eller legg filen selv her.");
                return;
            }

            var realTarget = RealPaths.Of(real.FullName);
            if (!RealPaths.Same(realTarget, realRoot) && !RealPaths.IsInside(realTarget, realRoot))
            {
                diagnostics.Error(DiagnosticCodes.LinkLeavesContent, At(),
                    "Lenken peker ut av content-mappen og følges ikke. Kopier filen inn i content-mappen i stedet for å lenke til den.");
                return;
            }
        }

        if (real is DirectoryInfo directory)
        {
            if (!visited.Add(RealPaths.Of(directory.FullName)))
            {
                diagnostics.Warning(DiagnosticCodes.NotARegularFile, At(),
                    "Mappen er en lenke til en mappe som allerede er lest (eller til en mappe over seg selv), og leses ikke en gang til.");
                return;
            }

            Walk(new DirectoryInfo(entry.FullName), relative + "/", realRoot, visited, files);
        }
        else if (FileStamp.Of(real) is var stamp && (readBefore?.Invoke(relative, stamp) == true || IsRegularFile(entry.FullName)))
        {
            files.Add(FileOf(relative, entry.FullName, stamp));
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.NotARegularFile, At(),
                "Dette er ikke en vanlig fil (men for eksempel en FIFO, en enhet eller en socket), og hoppes over. Slett den fra content-mappen.");
        }
    }

    /// <summary>
    /// The listing of the folder <paramref name="listed"/> with the paths the file system reported as changed since (a
    /// preview's watcher) looked at again, one system call each instead of one per file of the folder; null when only a
    /// walk of the folder can tell: a folder or a link changed, or a path is no longer a regular file (which the walk
    /// reports). Paths outside the folder, and hidden ones, are not content.
    /// </summary>
    public IReadOnlyList<ContentFile>? Refresh(string contentDirectory, IReadOnlyList<ContentFile> listed, IEnumerable<string> changed)
    {
        var root = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = listed.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        foreach (var full in changed.Select(Path.GetFullPath).Where(p => p.StartsWith(root, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            var relative = full[root.Length..].Replace('\\', '/');
            if (ContentPaths.IsHidden(relative))
            {
                continue;
            }

            var file = new FileInfo(full);
            if (file.Exists && !file.Attributes.HasFlag(FileAttributes.ReparsePoint) && IsRegularFile(full))
            {
                files[relative] = FileOf(relative, full, FileStamp.Of(file));
            }
            else if (file.Exists || Directory.Exists(full) || files.Keys.Any(k => k.StartsWith(relative + "/", StringComparison.Ordinal)))
            {
                return null;
            }
            else
            {
                files.Remove(relative);
            }
        }

        return [.. files.Values.OrderBy(f => f.Relative, StringComparer.Ordinal)];
    }

    private ContentFile FileOf(string relative, string fullPath, FileStamp stamp) =>
        new(relative, displayPath(fullPath), () => ReadAtMost(fullPath, ContentLoader.LimitOf(relative) + 1)) { Stamp = stamp };

    /// <summary>
    /// Whether the path (links followed) is a regular file, so that it can be read without blocking. .NET reports FIFOs and devices as ordinary files, and opening
    /// a FIFO blocks until someone writes to it, so the file type is read with stat() through .NET's own native shim,
    /// whose status record starts with two 32-bit fields, flags and mode, on every Unix. Windows has no such files
    /// among the paths a folder listing gives.
    /// </summary>
    public static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var status = new byte[256];
        return Stat(path, status) == 0 && (BitConverter.ToInt32(status, 4) & FileTypeMask) == RegularFile;
    }

    /// <summary>Reads no more than the limit, so a huge file (or a link to one) is refused without filling memory.</summary>
    private static byte[] ReadAtMost(string file, int limit)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[(int)Math.Min(limit, stream.Length)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
