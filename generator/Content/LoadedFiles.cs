using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The documents a preview session has loaded, by path, with the stamp of the file they were read from: a file
/// whose size and time are unchanged is not read or parsed again, and its problems are reported again as they were.
/// It also keeps which files were read again, added or removed since the session last published a site.
/// </summary>
public sealed class LoadedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChangedFile> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private int _watched;
    private int _lost = 1;
    private IReadOnlyList<ContentFile>? _listed;

    /// <summary>
    /// A watcher of the content folder saw a change at this path (null: it lost track, as when its buffer overflowed).
    /// From the first call on, a load looks again only at the paths seen since the last, and walks the whole folder only
    /// when one of them was a folder or a link, when the watcher lost track, or when the last walk found a problem
    /// (a link or a FIFO, say), which every build reports again. At 10,000 subprojects a walk was a fifth of a preview step.
    /// </summary>
    public void Seen(string? path)
    {
        if (path is null)
        {
            Volatile.Write(ref _lost, 1);
        }
        else
        {
            _seen[path] = 0;
        }

        Volatile.Write(ref _watched, 1);
    }

    /// <summary>The files of the content folder: the last listing with the paths seen since looked at again, or a walk of the folder.</summary>
    internal IReadOnlyList<ContentFile> List(string contentDirectory, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        // A walk's problems are kept apart: a listing that had one is walked again, so that every build reports it.
        var problems = new DiagnosticBag();
        var finder = new ContentFiles(problems, displayPath, ReadBefore);
        if (Volatile.Read(ref _watched) == 1 && Interlocked.Exchange(ref _lost, 0) == 0 && _listed is { } listed)
        {
            var seen = _seen.Keys.ToList();
            foreach (var path in seen)
            {
                _seen.TryRemove(path, out _);
            }

            if (finder.Refresh(contentDirectory, listed, seen) is { } refreshed)
            {
                return _listed = refreshed;
            }
        }

        _seen.Clear();
        var found = finder.Find(contentDirectory);
        diagnostics.AddRange(problems);
        _listed = problems.IsEmpty ? found : null;
        return found;
    }

    /// <summary>The files read again, added or removed since <see cref="Published"/> (steps that failed in between add up).</summary>
    internal IReadOnlyCollection<ChangedFile> Changed => [.. _changed.Values];

    /// <summary>The site of this step is published: later steps compare with it.</summary>
    internal void Published() => _changed.Clear();

    /// <summary>The document of <paramref name="file"/>, loaded by <paramref name="load"/> (into a bag of its own) only when the file changed.</summary>
    internal SourceDocument? Load(ContentFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceDocument?> load)
    {
        if (file.Stamp is not { } stamp)
        {
            Change(file.Relative, file.DisplayPath);
            return load(diagnostics);
        }

        if (!_entries.TryGetValue(file.Relative, out var entry) || entry.Stamp != stamp || entry.DisplayPath != file.DisplayPath)
        {
            Change(file.Relative, file.DisplayPath);
            if (entry is not null)
            {
                Change(file.Relative, entry.DisplayPath); // the records named by the old path are gone if it differs
            }

            var problems = new DiagnosticBag();
            entry = new Entry(stamp, file.DisplayPath, load(problems), problems);
            _entries[file.Relative] = entry;
        }

        diagnostics.AddRange(entry.Problems);
        return entry.Document;
    }

    /// <summary>Whether the file at this path in the content folder was read with this size and time.</summary>
    internal bool ReadBefore(string relative, FileStamp stamp) => _entries.TryGetValue(relative, out var entry) && entry.Stamp == stamp;

    /// <summary>Forgets the files that are gone.</summary>
    internal void Finish(IReadOnlyCollection<ContentFile> files)
    {
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _entries.TryRemove(gone, out var entry);
            Change(gone, entry!.DisplayPath);
        }
    }

    private void Change(string relative, string displayPath) => _changed[displayPath] = new ChangedFile(relative, displayPath);

    private sealed record Entry(FileStamp Stamp, string DisplayPath, SourceDocument? Document, DiagnosticBag Problems);
}

/// <summary>A content file that changed: its path inside the content folder and the path its records name (<c>SourcePath</c>).</summary>
internal sealed record ChangedFile(string Relative, string DisplayPath)
{
    public ContentKind? Kind => ContentPaths.KindOf(Relative);

    public string Slug => ContentPaths.SlugOf(Relative);
}
