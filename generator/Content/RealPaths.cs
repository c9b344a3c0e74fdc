namespace SiteGen.Content;

/// <summary>Paths as the file system resolves them, for deciding whether one path lies inside another.</summary>
public static class RealPaths
{
    /// <summary>How this platform's file systems usually compare names.</summary>
    public static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path with every symbolic link on the way followed; the part that does not exist yet is kept as written.</summary>
    public static string Of(string path)
    {
        var full = Trim(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(resolved, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is null && !info.Exists && !Directory.Exists(next))
            {
                return Trim(Path.Combine([next, .. parts[(i + 1)..]]));
            }

            resolved = info.LinkTarget is null ? next : Trim(Follow(info) ?? next);
        }

        return Trim(resolved);
    }

    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="folder"/>.</summary>
    public static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, Comparison);

    public static bool IsRoot(string path) => Path.GetPathRoot(path) is { } root && Same(Trim(root), Trim(path));

    /// <summary>Where a link finally leads; null for a chain of links that loops ("too many levels of symbolic links").</summary>
    public static string? Follow(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Trim(string path) =>
        path.Length > 1 && path.EndsWith(Path.DirectorySeparatorChar) && path != Path.GetPathRoot(path) ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
