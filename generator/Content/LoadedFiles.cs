using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The documents a preview session has loaded, by path, with the stamp of the file they were read from: a file
/// whose size and time are unchanged is not read or parsed again, and its problems are reported again as they were.
/// </summary>
public sealed class LoadedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The document of <paramref name="file"/>, loaded by <paramref name="load"/> (into a bag of its own) only when the file changed.</summary>
    internal SourceDocument? Load(ContentFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceDocument?> load)
    {
        if (file.Stamp is not { } stamp)
        {
            return load(diagnostics);
        }

        if (!_entries.TryGetValue(file.Relative, out var entry) || entry.Stamp != stamp || entry.DisplayPath != file.DisplayPath)
        {
            var problems = new DiagnosticBag();
            entry = new Entry(stamp, file.DisplayPath, load(problems), problems);
            _entries[file.Relative] = entry;
        }

        diagnostics.AddRange(entry.Problems);
        return entry.Document;
    }

    /// <summary>Forgets the files that are gone.</summary>
    internal void Finish(IReadOnlyCollection<ContentFile> files)
    {
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _entries.TryRemove(gone, out _);
        }
    }

    private sealed record Entry(FileStamp Stamp, string DisplayPath, SourceDocument? Document, DiagnosticBag Problems);
}
