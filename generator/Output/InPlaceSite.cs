using System.Collections.Concurrent;
using SiteGen.Build;
using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// The preview's way of writing: into the one folder <c>serve</c> owns, only the files whose bytes changed since the
/// last published step (<see cref="Written"/> holds their digests). Each changed file is written beside its place
/// first and renamed over it on <see cref="Publish"/>, which also removes the files the new site no longer has; a step
/// that fails (a content error found while rendering) leaves every file of the last good site as it was.
/// The files of <see cref="AddAll"/> (data files and the search index) are written in the background and put in place
/// after the pages, once those of the last step are: the preview tells open pages to reload without waiting for them,
/// and a request for one waits in <see cref="Pending"/>.
/// </summary>
/// <param name="written">The digests of the last step's files; complete once <paramref name="before"/> is.</param>
/// <param name="kept">Files of the last step that stay as they are without being added again (pages not rendered again).</param>
/// <param name="before">The last step's background files being put in place.</param>
public sealed class InPlaceSite(string folder, IReadOnlyDictionary<string, UInt128> written, IEnumerable<string> kept, Task before) : ISiteOutput
{
    private const string PendingSuffix = ".sitegen-new";

    private readonly ConcurrentDictionary<string, UInt128> _files = new(kept.Select(f => KeyValuePair.Create(f, written[f])), StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _pending = [];
    private readonly ConcurrentDictionary<string, byte> _behind = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _pendingBehind = [];
    private readonly List<Task> _writing = [];
    private readonly Task _before = before;
    private Task _placed = before;
    private bool _published;

    /// <summary>After <see cref="Placed"/>: the digest of every file of the site, by its path in the folder.</summary>
    public IReadOnlyDictionary<string, UInt128> Written => _files;

    /// <summary>Completes when every file of the step is in place, the background ones too; faults if one could not be written.</summary>
    public Task Placed => _placed;

    /// <summary>Completes when the file at this path in the folder is in place (faults if it could not be); at once for a file not being written.</summary>
    public Task Pending(string path) => _behind.ContainsKey(path) ? _placed : Task.CompletedTask;

    public void Add(SiteFile file)
    {
        if (Write(file, always: false))
        {
            _pending.Add(file.Path);
        }
    }

    public void AddAll(IReadOnlyList<SiteFile> list)
    {
        SiteFile[] files = [.. list]; // the caller may clear its list once this returns
        foreach (var file in files)
        {
            _files[file.Path] = default;
            _behind[file.Path] = 0;
        }

        // After the last step's files: they may be the same files, and if one of them could not be written, its
        // digest says nothing of what is on disk, so each file is written again.
        _writing.Add(Task.Run(async () =>
        {
            await _before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var always = !_before.IsCompletedSuccessfully;
            Parallel.ForEach(files, file =>
            {
                if (Write(file, always))
                {
                    _pendingBehind.Add(file.Path);
                }
            });
        }));
    }

    /// <summary>Writes the file beside its place when its bytes changed (or <paramref name="always"/>); whether it did.</summary>
    private bool Write(SiteFile file, bool always)
    {
        var digest = ModelFingerprint.Digest(file.Content);
        _files[file.Path] = digest;
        if (!always && written.TryGetValue(file.Path, out var last) && last == digest)
        {
            return false;
        }

        WriteBeside(folder, file);
        return true;
    }

    /// <summary>Writes a file outside a step (programme.json, made when asked for): beside its place, then over it.</summary>
    public static void Replace(string folder, SiteFile file) => Place(folder, [WriteBeside(folder, file)]);

    private static string WriteBeside(string folder, SiteFile file)
    {
        var path = Path.Combine(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path + PendingSuffix, file.Content);
        return file.Path;
    }

    /// <summary>Puts the pages in place and removes the files the site no longer has; the background files follow in <see cref="Placed"/>.</summary>
    public void Publish()
    {
        Place(folder, _pending);

        // The last step's background files are in place long before this step gets here; one of them may be gone now.
        _before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        var gone = written.Keys.Where(f => !_files.ContainsKey(f)).ToList();
        foreach (var file in gone)
        {
            var path = Path.Combine(folder, file);
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!);
        }

        _published = true;
        _placed = PlaceBehind();
    }

    private async Task PlaceBehind()
    {
        await Task.WhenAll(_writing).ConfigureAwait(false);
        Place(folder, _pendingBehind);
    }

    private static void Place(string folder, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file);
            File.Move(path + PendingSuffix, path, overwrite: true);
        }
    }

    /// <summary>A page that is gone leaves no empty folder behind, which a full build would not have.</summary>
    private void RemoveEmptyFolders(string directory)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        while (Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) != root && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    public void Dispose()
    {
        if (_published)
        {
            return;
        }

        // The background files go on being written beside their places when the step failed: they are removed once they are.
        Task.WhenAll(_writing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        foreach (var file in _pending.Concat(_pendingBehind))
        {
            File.Delete(Path.Combine(folder, file) + PendingSuffix);
        }
    }
}
