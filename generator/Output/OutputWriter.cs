using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// The only code that writes the site to disk. Everything goes into a fresh folder beside the target,
/// which is swapped in only when complete: a failed or interrupted build leaves the previous site whole.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<SiteFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(parent, name, target);
        RemoveLeftovers(parent, name);

        var staging = Path.Combine(parent, $".{name}-new-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        Swap(staging, target, Path.Combine(parent, $".{name}-old-{Environment.ProcessId}"));
    }

    private static void Swap(string staging, string target, string old)
    {
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>
    /// A build killed between the two moves of <see cref="Swap"/> leaves the previous site aside as
    /// <c>.name-old-*</c> and no site at all: that folder is the last good site, so it is put back, not deleted.
    /// </summary>
    private static void RecoverInterruptedSwap(string parent, string name, string target)
    {
        if (Directory.Exists(target))
        {
            return;
        }

        var old = Directory.EnumerateDirectories(parent, $".{name}-old-*").Order(StringComparer.Ordinal).FirstOrDefault();
        if (old is not null)
        {
            Directory.Move(old, target);
        }
    }

    /// <summary>
    /// Folders a killed build left behind once the site is in place; the site itself was never touched by them.
    /// A folder of a build that is still running (its process id is in the name) is left alone.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}-*").Where(f => !BelongsToAnotherLiveProcess(f)))
        {
            Directory.Delete(leftover, recursive: true);
        }
    }

    private static bool BelongsToAnotherLiveProcess(string folder)
    {
        if (!int.TryParse(folder[(folder.LastIndexOf('-') + 1)..], out var pid) || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
