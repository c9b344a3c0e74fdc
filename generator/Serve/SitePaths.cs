namespace SiteGen.Serve;

/// <summary>Maps a request path onto a file of the served folder. Anything that could lead outside it is refused, not normalised.</summary>
public static class SitePaths
{
    public static ResolvedPath Resolve(string root, string rawUrl)
    {
        var path = Uri.UnescapeDataString(rawUrl.Split('?', '#')[0]);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!path.StartsWith('/') || segments.Any(IsUnsafe))
        {
            return new(PathOutcome.Refused);
        }

        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (full != fullRoot && !full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new(PathOutcome.Refused);
        }

        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            return !path.EndsWith('/') ? new(PathOutcome.NeedsSlash)
                : File.Exists(index) ? new(PathOutcome.File, index)
                : new(PathOutcome.NotFound);
        }

        return File.Exists(full) ? new(PathOutcome.File, full) : new(PathOutcome.NotFound);
    }

    private static bool IsUnsafe(string segment) =>
        segment is "." or ".." || segment.IndexOfAny(['\\', ':', '\0']) >= 0;
}
