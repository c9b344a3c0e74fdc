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
    private int _reads;

    /// <summary>How many files the latest load read from disk (the others were unchanged).</summary>
    public int ReadLastTime { get; private set; }

    /// <summary>The document of <paramref name="file"/>, loaded by <paramref name="load"/> (into a bag of its own) only when the file changed.</summary>
    internal SourceDocument? Load(ContentFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceDocument?> load)
    {
        if (file.Stamp is not { } stamp)
        {
            return load(diagnostics);
        }

        if (!_entries.TryGetValue(file.Relative, out var entry) || entry.Stamp != stamp || entry.DisplayPath != file.DisplayPath)
        {
            Interlocked.Increment(ref _reads);
            var problems = new DiagnosticBag();
            entry = new Entry(stamp, file.DisplayPath, load(problems), problems);
            _entries[file.Relative] = entry;
        }

        diagnostics.AddRange(entry.Problems);
        return entry.Document;
    }

    /// <summary>Forgets the files that are gone, and counts what this load read.</summary>
    internal void Finish(IReadOnlyCollection<ContentFile> files)
    {
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _entries.TryRemove(gone, out _);
        }

        ReadLastTime = Interlocked.Exchange(ref _reads, 0);
    }

    private sealed record Entry(FileStamp Stamp, string DisplayPath, SourceDocument? Document, DiagnosticBag Problems);
}
