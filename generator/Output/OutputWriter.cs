using System.Runtime.InteropServices;
using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// The only code that writes the site to disk. Each build writes a complete new version beside the target
/// (<c>.name.v-*</c>), marks it as a site last of all, and publishes it with one <c>rename</c> of a symbolic link
/// over the target: a web server reading the target sees the old tree or the new one, never a gap.
/// On Windows, where creating symbolic links needs Developer Mode or administrator rights, the target stays a
/// real folder and is swapped by two renames instead; a build killed between them is repaired by the next one.
/// Nothing is deleted except the target and its own <c>.name.*</c> siblings.
/// </summary>
public static partial class OutputWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<SiteFile> files)
    {
        using var site = Begin(outputDirectory);
        site.AddAll(files);
        site.Publish();
    }

    /// <summary>
    /// Takes the output's lock and starts a new version beside it, so a build can write each page as soon as it is
    /// finished instead of holding the whole site in memory; nothing is published until <see cref="StagedSite.Publish"/>.
    /// </summary>
    public static StagedSite Begin(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputRefusedException($"--output {outputDirectory} is the root of the disk.");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        var exclusive = OutputLock.Acquire(parent, name);
        try
        {
            var siblings = new Siblings(parent, name);
            RecoverInterruptedSwap(target, siblings);
            OutputGuard.RequireReplaceable(target);
            // The version before the published one becomes the new one where it can (RecycledVersion); other leftovers
            // are deleted while the new version is written: at 10,000 subprojects a version is 34,000 files.
            // On Windows, where the site is swapped by renames, every build writes a new folder.
            var published = LinkedVersion(target);
            var versions = OperatingSystem.IsWindows() ? [] : siblings.All("v").ToList();
            var recycled = versions.Where(v => v != published).Select(RecycledVersion.TryTake).FirstOrDefault(r => r is not null);
            var leftovers = siblings.LeftoversBut(published).Where(p => p != recycled?.Root).ToList();
            var staging = recycled?.Root ?? siblings.New("v");
            Directory.CreateDirectory(staging);
            // Only a version of this target: the link might have been pointed at some other folder.
            var unchanged = published is not null && versions.Contains(published, StringComparer.Ordinal) ? new UnchangedFiles(published) : null;
            return new StagedSite(target, staging, siblings, exclusive, Task.Run(() => Siblings.Remove(leftovers)), recycled, unchanged);
        }
        catch
        {
            exclusive.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A new version of the site being written. Files may be added from many threads; disposing without
    /// <see cref="Publish"/> (content errors found while rendering, a failed write) deletes it and leaves the
    /// published site as it was.
    /// </summary>
    public sealed class StagedSite : ISiteOutput
    {
        private readonly string _target;
        private readonly string _staging;
        private readonly Siblings _siblings;
        private readonly IDisposable _lock;
        private readonly Task _cleanup;
        private readonly RecycledVersion? _recycled;
        private readonly UnchangedFiles? _unchanged;
        private bool _published;

        internal StagedSite(string target, string staging, Siblings siblings, IDisposable exclusive, Task cleanup, RecycledVersion? recycled, UnchangedFiles? unchanged)
        {
            _recycled = recycled;
            _target = target;
            _staging = staging;
            _siblings = siblings;
            _lock = exclusive;
            _cleanup = cleanup;
            _unchanged = unchanged;
        }

        public void Add(SiteFile file)
        {
            try
            {
                var path = Path.Combine(_staging, file.Path);
                if (_recycled?.Keeps(file, path) == true)
                {
                    return;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (_unchanged?.TryShare(file, path) != true)
                {
                    // Always a new file: an existing one may be shared with the published version.
                    using var created = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
                    RandomAccess.Write(created, file.Content, 0);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PublishFailedException($"Could not write the new site: {e.Message} Nothing was published; the previous site is unchanged.", e);
            }
        }

        /// <summary>Files are independent of each other: at 10,000 pages writing one at a time left cores idle.</summary>
        public void AddAll(IReadOnlyList<SiteFile> files)
        {
            try
            {
                Parallel.ForEach(files, Add);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The first failure, as a sequential write would have thrown it.
                throw e.InnerExceptions[0];
            }
        }

        public void Publish()
        {
            _cleanup.GetAwaiter().GetResult();
            _recycled?.RemoveRest();
            Add(SiteFile.Text(OutputGuard.MarkerName, OutputGuard.MarkerText));
            if (OperatingSystem.IsWindows())
            {
                SwapFolders(_staging, _target, _siblings);
            }
            else
            {
                FlipLink(_staging, _target, _siblings);
            }

            _published = true;
        }

        public void Dispose()
        {
            // Publish has waited already; after a failed build its own error is the one to report, and leftovers that
            // could not go are tried again by the next build.
            _cleanup.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            if (!_published && Directory.Exists(_staging))
            {
                Directory.Delete(_staging, recursive: true);
            }

            _lock.Dispose();
        }
    }

    /// <summary>
    /// Points a new link at the staged version and renames it over the target in one system call. A target that is
    /// still a real folder (first build after a Windows-style or older layout) is moved aside first, once.
    /// The version the target pointed to before stays until the next build, for readers still inside it.
    /// </summary>
    private static void FlipLink(string staging, string target, Siblings siblings)
    {
        var link = siblings.New("link");
        File.CreateSymbolicLink(link, Path.GetFileName(staging));
        string? aside = null;
        if (Directory.Exists(target) && !IsLink(target))
        {
            aside = siblings.New("previous");
            Directory.Move(target, aside);
        }

        if (Rename(link, target) != 0)
        {
            var error = Marshal.GetLastPInvokeErrorMessage();
            if (aside is not null)
            {
                Directory.Move(aside, target);
            }

            File.Delete(link);
            Directory.Delete(staging, recursive: true);
            throw new PublishFailedException($"Could not publish the new site at {target}: {error}. The previous site is unchanged.", null);
        }

        if (aside is not null)
        {
            Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>The Windows way: the old folder aside, the new one in its place, the old one deleted.</summary>
    private static void SwapFolders(string staging, string target, Siblings siblings)
    {
        var aside = siblings.New("previous");
        if (Directory.Exists(target))
        {
            Directory.Move(target, aside);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(aside))
            {
                Directory.Move(aside, target);
            }

            Directory.Delete(staging, recursive: true);
            throw new PublishFailedException($"Could not publish the new site at {target}: {e.Message} The previous site is unchanged.", e);
        }

        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>
    /// A build killed after moving the old site aside and before putting the new one in place leaves no target and
    /// a <c>.name.previous-*</c> folder: that is the last published site, so it goes back, before anything is deleted.
    /// </summary>
    private static void RecoverInterruptedSwap(string target, Siblings siblings)
    {
        if (Directory.Exists(target))
        {
            return;
        }

        if (IsLink(target))
        {
            File.Delete(target); // a link whose version is gone points nowhere; a site from .previous or the new build replaces it
        }

        var previous = siblings.All("previous")
            .Where(p => File.Exists(Path.Combine(p, OutputGuard.MarkerName)))
            .OrderByDescending(Directory.GetLastWriteTimeUtc)
            .FirstOrDefault();
        if (previous is not null)
        {
            Directory.Move(previous, target);
        }
    }

    /// <summary>The version folder the target links to, if it is one of ours.</summary>
    private static string? LinkedVersion(string target) =>
        IsLink(target) && new FileInfo(target).ResolveLinkTarget(returnFinalTarget: false) is { } version ? version.FullName : null;

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    /// <summary>The folders and links a build keeps beside the target, all named <c>.name.kind-token</c>.</summary>
    internal sealed record Siblings(string Parent, string Name)
    {
        public string New(string kind) => Path.Combine(Parent, $".{Name}.{kind}-{Guid.NewGuid():N}");

        public IEnumerable<string> All(string kind) =>
            Directory.EnumerateFileSystemEntries(Parent, $".{Name}.{kind}-*").Where(p => Path.GetFileName(p).Length == Name.Length + kind.Length + 35);

        /// <summary>Leftovers of earlier builds (the lock says no other build is running), except the published version.</summary>
        public IReadOnlyList<string> LeftoversBut(string? published) =>
            [.. new[] { "v", "link", "previous" }.SelectMany(All).Where(p => p != published)];

        public static void Remove(IReadOnlyList<string> leftovers)
        {
            foreach (var path in leftovers)
            {
                if (IsLink(path) || File.Exists(path))
                {
                    File.Delete(path);
                }
                else
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }
    }
}

/// <summary>Writing or publishing the site failed; the message says whether the previous site is still in place.</summary>
public sealed class PublishFailedException(string message, Exception? inner) : IOException(message, inner);
