using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// What differs between a stored snapshot and a fresh one, written for the person whose change caused it: every
/// changed, added and removed file by name, then the first lines that differ in each changed file kept whole.
/// Files whose first difference is the same (a reworded label on every page) share one entry, so one change reads
/// as one change and the next different one is still on screen.
/// </summary>
public static class SnapshotReport
{
    private const int LinesListed = 60;
    private const int ChangesShown = 10;
    private const int FilesNamedPerChange = 3;
    private const int HashedFilesNamed = 3;
    private const int LinesShown = 4;
    private const int LineWidth = 160;
    private const int SearchedLines = 300;
    private const int Resync = 3;

    /// <summary>The report, or null when the two are the same.</summary>
    public static string? Describe(SiteSnapshot expected, SiteSnapshot actual)
    {
        // Files kept whole come first: they are what a reviewer can read, and the only ones with lines to show.
        var changed = expected.Entries.Where(e => actual.Entries.TryGetValue(e.Key, out var now) && now != e.Value).OrderBy(e => e.Value.IsHash).ToList();
        var added = actual.Entries.Where(e => !expected.Entries.ContainsKey(e.Key)).OrderBy(e => e.Value.IsHash).ToList();
        var removed = expected.Entries.Where(e => !actual.Entries.ContainsKey(e.Key)).OrderBy(e => e.Value.IsHash).ToList();
        if (changed.Count + added.Count + removed.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder($"{changed.Count} changed, {added.Count} added, {removed.Count} removed.\n");
        List("changed", changed, report);
        List("added", added, report);
        List("removed", removed, report);

        var changes = changed.Where(e => !e.Value.IsHash)
            .Select(e => (File: e.Key, Difference: FirstDifference(e.Value.Text, actual.Entries[e.Key].Text)))
            .GroupBy(c => c.Difference.Lines)
            .ToList();
        foreach (var change in changes.Take(ChangesShown))
        {
            var files = change.Select(c => $"{c.File} line {c.Difference.Line}").ToList();
            report.Append('\n').AppendJoin(", ", files.Take(FilesNamedPerChange))
                .Append(files.Count > FilesNamedPerChange ? $" and {files.Count - FilesNamedPerChange} more files" : "")
                .Append(":\n").Append(change.Key);
        }

        if (changes.Count > ChangesShown)
        {
            report.Append($"\n(and {changes.Count - ChangesShown} more different changes)\n");
        }

        return report.ToString();
    }

    /// <summary>
    /// One line a file kept whole; hashed files one line a folder where there are many (a content edit changes
    /// hundreds of search shards), so that the pages stay in view.
    /// </summary>
    private static void List(string what, List<KeyValuePair<string, SnapshotEntry>> files, StringBuilder report)
    {
        var whole = files.Where(f => !f.Value.IsHash).Select(f => f.Key);
        var hashed = files.Where(f => f.Value.IsHash).Select(f => f.Key)
            .GroupBy(p => p[..(p.LastIndexOf('/') + 1)])
            .SelectMany(g => g.Count() > HashedFilesNamed ? [$"{g.Key} ({g.Count()} files, kept as hashes)"] : g.Select(p => $"{p} (kept as a hash)"));
        var lines = whole.Concat(hashed).ToList();
        foreach (var line in lines.Take(LinesListed))
        {
            report.Append($"  {what,-8} {line}\n");
        }

        if (lines.Count > LinesListed)
        {
            report.Append($"  … and {lines.Count - LinesListed} more lines of {what} files\n");
        }
    }

    /// <summary>
    /// The first run of lines that differs, with its 1-based line number: from the first line that differs to the
    /// nearest point where <see cref="Resync"/> lines agree again, so an inserted item shows as itself.
    /// </summary>
    private static (int Line, string Lines) FirstDifference(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }

        var (removed, inserted) = Resynced(before, after, first);
        var column = first < before.Length && first < after.Length ? FirstDifferentColumn(before[first], after[first]) : 0;
        var text = new StringBuilder();
        Lines('-', before.AsSpan(first, removed), column, text);
        Lines('+', after.AsSpan(first, inserted), column, text);
        return (first + 1, text.ToString());
    }

    /// <summary>
    /// How many lines from <paramref name="first"/> on were removed and inserted before the two texts agree again,
    /// trying the smallest change first; the rest of both where they do not agree within <see cref="SearchedLines"/>.
    /// </summary>
    private static (int Removed, int Inserted) Resynced(string[] before, string[] after, int first)
    {
        for (var skipped = 1; skipped <= SearchedLines; skipped++)
        {
            for (var removed = Math.Max(0, skipped - (after.Length - first)); removed <= Math.Min(skipped, before.Length - first); removed++)
            {
                if (AgreeFrom(before, first + removed, after, first + skipped - removed))
                {
                    return (removed, skipped - removed);
                }
            }
        }

        return (before.Length - first, after.Length - first);
    }

    /// <summary>Whether the next <see cref="Resync"/> lines from these two places are equal, or both texts end together.</summary>
    private static bool AgreeFrom(string[] before, int i, string[] after, int j)
    {
        for (var k = 0; k < Resync; k++)
        {
            if (i + k == before.Length || j + k == after.Length)
            {
                return i + k == before.Length && j + k == after.Length;
            }

            if (before[i + k] != after[j + k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Lines(char sign, ReadOnlySpan<string> lines, int column, StringBuilder text)
    {
        foreach (var line in lines[..Math.Min(lines.Length, LinesShown)])
        {
            text.Append($"  {sign} {Window(line, column)}\n");
        }

        if (lines.Length > LinesShown)
        {
            text.Append($"  {sign} … {lines.Length - LinesShown} more lines\n");
        }
    }

    /// <summary>A long line cut to the part around the first difference, so the change itself is on screen.</summary>
    private static string Window(string line, int column)
    {
        line = line.Replace("\uFEFF", "[BOM]", StringComparison.Ordinal);
        if (line.Length <= LineWidth)
        {
            return line;
        }

        var start = Math.Clamp(column - (LineWidth / 3), 0, line.Length - LineWidth);
        return (start > 0 ? "…" : "") + line.Substring(start, LineWidth) + (start + LineWidth < line.Length ? "…" : "");
    }

    private static int FirstDifferentColumn(string a, string b)
    {
        var column = 0;
        while (column < a.Length && column < b.Length && a[column] == b[column])
        {
            column++;
        }

        return column;
    }
}
