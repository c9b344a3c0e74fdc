using System.Collections.Concurrent;
using System.IO.Enumeration;
using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// The version before the published one, which a build would otherwise delete, taken as the folder of the new version.
/// At 10,000 subprojects a version is 34,000 files in 11,000 folders: deleting them and creating as many anew made the
/// kernel the largest part of a build (on ext4 each new inode is searched for past the ones just freed). Here a file
/// that already holds the new file's bytes stays, its folders stay, and everything else is unlinked, never written
/// into, so a reader who still has an old file open keeps its bytes, as when the version is deleted.
/// A version holding a symbolic link (which no build writes) is not taken: writing through it could leave the folder.
/// </summary>
internal sealed class RecycledVersion
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    private RecycledVersion(string root, HashSet<string> files, HashSet<string> folders)
    {
        (Root, _files, _folders) = (root, files, folders);
    }

    public string Root { get; }

    /// <summary>The version at <paramref name="root"/>, unmarked as a site until it is one again; null when it cannot be taken.</summary>
    public static RecycledVersion? TryTake(string root)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link)>(root,
                (ref FileSystemEntry entry) => (Path.GetRelativePath(root, entry.ToFullPath()).Replace('\\', '/'), entry.IsDirectory, entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false });
            foreach (var (path, folder, link) in entries)
            {
                if (link)
                {
                    return null;
                }

                (folder ? folders : files).Add(path);
            }

            File.Delete(Path.Combine(root, OutputGuard.MarkerName));
            files.Remove(OutputGuard.MarkerName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return new RecycledVersion(root, files, folders);
    }

    /// <summary>
    /// True when the old version's file at <paramref name="path"/> holds exactly <paramref name="file"/>'s bytes and stays;
    /// otherwise whatever the old version has there (a file, or a folder where the new version has a file) is gone,
    /// and so is a file where the new file needs a folder.
    /// </summary>
    public bool Keeps(SiteFile file, string path)
    {
        _written.TryAdd(file.Path, 0);
        if (_files.Contains(file.Path))
        {
            if (SameBytes.Hold(path, file.Content))
            {
                return true;
            }

            File.Delete(path);
        }
        else if (_folders.Contains(file.Path))
        {
            Directory.Delete(path, recursive: true);
        }

        for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
        {
            if (_files.Contains(file.Path[..slash]))
            {
                File.Delete(Path.Combine(Root, file.Path[..slash]));
            }
        }

        return false;
    }

    /// <summary>Deletes what the old version has and the new one does not: files, then the folders no new file is in.</summary>
    public void RemoveRest()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _written.Keys)
        {
            for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
            {
                used.Add(file[..slash]);
            }
        }

        foreach (var file in _files.Where(f => !_written.ContainsKey(f) && !used.Contains(f)))
        {
            var path = Path.Combine(Root, file);
            if (Directory.Exists(Path.GetDirectoryName(path)))
            {
                File.Delete(path); // unless a folder of it went already, to make room for a file of the new version
            }
        }

        foreach (var folder in _folders.Where(f => !used.Contains(f)).OrderByDescending(f => f.Length))
        {
            var path = Path.Combine(Root, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
