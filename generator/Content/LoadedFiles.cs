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
