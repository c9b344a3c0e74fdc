using SiteGen.Content;

namespace SiteGen.Output;

/// <summary>The output folder is not one the generator may replace; the command line is wrong (exit code 2).</summary>
public sealed class OutputRefusedException(string message) : Exception(message);

/// <summary>
/// Decides whether a folder may be replaced by a build. A build deletes what it replaces, so a mistyped
/// <c>--output</c> must never reach the content, the templates, the repository, the home folder or the disk root:
/// only a folder that is absent, empty, or carries the <see cref="MarkerName"/> file of an earlier build is replaced.
/// </summary>
public static class OutputGuard
{
    /// <summary>Written into every built site, last; a folder without it was not made by a build.</summary>
    public const string MarkerName = ".sitegen-output";

    public const string MarkerText = "This folder was written by the site generator; the next build replaces it whole.\n";

    /// <summary>
    /// Refuses a target that is the filesystem root, is or contains one of <paramref name="neverReplaced"/>,
    /// or lies inside one of <paramref name="neverInside"/>; then checks <see cref="RequireReplaceable"/>.
    /// Paths are compared after following symbolic links, so a link cannot smuggle a folder past the check.
    /// </summary>
    public static void RequireSafeTarget(string output, IEnumerable<string> neverReplaced, IEnumerable<string> neverInside)
    {
        var target = RealPaths.Of(output);
        if (RealPaths.IsRoot(target))
        {
            throw new OutputRefusedException($"--output {output} is the root of the disk; choose a folder of its own, such as site-output.");
        }

        foreach (var folder in neverReplaced.Concat(neverInside).Distinct())
        {
            var real = RealPaths.Of(folder);
            if (RealPaths.Same(real, target) || RealPaths.IsInside(real, target))
            {
                throw new OutputRefusedException(
                    $"--output {output} would replace {folder}, which a build must never delete; choose a folder of its own, such as site-output.");
            }
        }

        foreach (var folder in neverInside)
        {
            if (RealPaths.IsInside(target, RealPaths.Of(folder)))
            {
                throw new OutputRefusedException(
                    $"--output {output} lies inside {folder}; choose a folder outside it, such as site-output in the repository.");
            }
        }

        RequireReplaceable(output);
    }

    /// <summary>The target may be replaced only when it is absent, an empty folder, or a site written by an earlier build.</summary>
    public static void RequireReplaceable(string output)
    {
        if (File.Exists(output))
        {
            throw new OutputRefusedException($"--output {output} is a file, not a folder; choose a folder, such as site-output.");
        }

        if (Directory.Exists(output)
            && !File.Exists(Path.Combine(output, MarkerName))
            && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new OutputRefusedException(
                $"--output {output} is a folder that a build did not write (it has no {MarkerName} file), so it is left alone. " +
                "Choose an empty or new folder, or delete this one yourself if it really is an old site.");
        }
    }
}
