using System.Collections.Concurrent;
using SiteGen.Build;
using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// The preview's way of writing: into the one folder <c>serve</c> owns, only the files whose bytes changed since the
/// last published step (<see cref="Written"/> holds their digests). Each changed file is written beside its place
/// first and renamed over it on <see cref="Publish"/>, which also removes the files the new site no longer has; a step
/// that fails (a content error found while rendering) leaves every file of the last good site as it was.
/// </summary>
/// <param name="kept">Files of the last step that stay as they are without being added again (pages not rendered again).</param>
public sealed class InPlaceSite(string folder, IReadOnlyDictionary<string, UInt128> written, IEnumerable<string> kept) : ISiteOutput
{
    private const string PendingSuffix = ".sitegen-new";

    private readonly ConcurrentDictionary<string, UInt128> _files = new(kept.Select(f => KeyValuePair.Create(f, written[f])), StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _pending = [];
    private bool _published;

    /// <summary>After <see cref="Publish"/>: the digest of every file of the site, by its path in the folder.</summary>
    public IReadOnlyDictionary<string, UInt128> Written => _files;

    public void Add(SiteFile file)
    {
        var digest = ModelFingerprint.Digest(file.Content);
        _files[file.Path] = digest;
        if (written.TryGetValue(file.Path, out var before) && before == digest)
        {
            return;
        }

        var path = Path.Combine(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path + PendingSuffix, file.Content);
        _pending.Add(file.Path);
    }

    public void AddAll(IReadOnlyList<SiteFile> files) => Parallel.ForEach(files, Add);

    public void Publish()
    {
        foreach (var file in _pending)
        {
            var path = Path.Combine(folder, file);
            File.Move(path + PendingSuffix, path, overwrite: true);
        }

        var gone = written.Keys.Where(f => !_files.ContainsKey(f)).ToList();
        foreach (var file in gone)
        {
            var path = Path.Combine(folder, file);
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!);
        }

        _published = true;
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

        foreach (var file in _pending)
        {
            File.Delete(Path.Combine(folder, file) + PendingSuffix);
        }
    }
}
