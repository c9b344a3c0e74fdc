using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// What differs between a stored snapshot and a fresh one, written for the person whose change caused it: every
/// changed, added and removed file by name, and for the first few changed files the first lines that differ.
/// </summary>
public static class SnapshotReport
{
    private const int FilesListed = 40;
    private const int FilesShown = 10;
    private const int LinesShown = 4;
    private const int LineWidth = 160;

    /// <summary>The report, or null when the two are the same.</summary>
    public static string? Describe(SiteSnapshot expected, SiteSnapshot actual)
    {
        var changed = expected.Entries.Keys.Where(p => actual.Entries.TryGetValue(p, out var now) && now != expected.Entries[p]).ToList();
        var added = actual.Entries.Keys.Where(p => !expected.Entries.ContainsKey(p)).ToList();
        var removed = expected.Entries.Keys.Where(p => !actual.Entries.ContainsKey(p)).ToList();
        if (changed.Count + added.Count + removed.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder()
            .Append($"{changed.Count} changed, {added.Count} added, {removed.Count} removed.\n");
        List("changed", changed, report);
        List("added", added, report);
        List("removed", removed, report);
        foreach (var path in changed.Take(FilesShown))
        {
            report.Append('\n').Append(path).Append('\n').Append(FirstDifference(expected.Entries[path], actual.Entries[path]));
        }

        if (changed.Count > FilesShown)
        {
            report.Append($"\n(the other {changed.Count - FilesShown} changed files are not shown)\n");
        }

        return report.ToString();
    }

    private static void List(string what, List<string> paths, StringBuilder report)
    {
        foreach (var path in paths.Take(FilesListed))
        {
            report.Append($"  {what,-8} {path}\n");
        }

        if (paths.Count > FilesListed)
        {
            report.Append($"  … and {paths.Count - FilesListed} more {what}\n");
        }
    }

    private static string FirstDifference(SnapshotEntry expected, SnapshotEntry actual)
    {
        if (expected.IsHash || actual.IsHash)
        {
            return $"  SHA-256 {expected.Text} → {actual.Text} (kept as a hash only; build the site to see the file)\n";
        }

        var before = expected.Text.Split('\n');
        var after = actual.Text.Split('\n');
        var first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }

        var same = 0;
        while (same < before.Length - first && same < after.Length - first && before[^(same + 1)] == after[^(same + 1)])
        {
            same++;
        }

        var column = first < before.Length && first < after.Length ? FirstDifferentColumn(before[first], after[first]) : 0;
        var text = new StringBuilder($"  from line {first + 1}:\n");
        Lines('-', before[first..^same], column, text);
        Lines('+', after[first..^same], column, text);
        return text.ToString();
    }

    private static void Lines(char sign, string[] lines, int column, StringBuilder text)
    {
        foreach (var line in lines.Take(LinesShown))
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
