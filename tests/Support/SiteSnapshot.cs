using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// A built site in the form it is kept under tests/ for review. The pages and the small text formats (HTML, CSV,
/// iCalendar, Atom, sitemap, robots.txt) are kept whole under <c>site/</c>, so that a git diff shows what a reader
/// would see change; each as <c>path.snap</c> (<c>site/om/index.html.snap</c>), so that tools which read .html or
/// .xml in the repository as source, such as linters and <c>duplicates</c>, leave this generated text alone. Every
/// other file (the JSON export, the search index and its many shards, assets copied from templates/, attachments)
/// is one line of <c>hashes.sha256</c> in <c>sha256sum</c>'s format, which says that it changed without storing it
/// twice. Text is compared with LF line ends: a Windows checkout with CRLF templates and content adds only CRs to
/// the output, and the CRLF that CSV and iCalendar require is tested where they are made (OpenDataCsvTests,
/// CalendarTextTests). Paths use '/' and are in ordinal order, so the snapshot is the same on every machine.
/// </summary>
public sealed class SiteSnapshot
{
    private const string StoredFolder = "site";
    private const string Manifest = "hashes.sha256";
    private const string Suffix = ".snap";
    private static readonly HashSet<string> StoredInFull = [".html", ".csv", ".ics", ".xml", ".txt"];
    private static readonly HashSet<string> Binary = [".pdf", ".png", ".jpg", ".jpeg", ".webp"];

    private SiteSnapshot(SortedDictionary<string, SnapshotEntry> entries) => Entries = entries;

    /// <summary>Each file by its path below the site root, with '/' between folders, in ordinal order.</summary>
    public IReadOnlyDictionary<string, SnapshotEntry> Entries { get; }

    /// <summary>The snapshot of a site built into <paramref name="siteFolder"/>.</summary>
    public static SiteSnapshot Of(string siteFolder)
    {
        var entries = new SortedDictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(siteFolder, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(siteFolder, file).Replace('\\', '/');
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var bytes = File.ReadAllBytes(file);
            entries[path] = Binary.Contains(extension) ? SnapshotEntry.Hashed(bytes)
                : StoredInFull.Contains(extension) ? SnapshotEntry.InFull(TextOf(bytes))
                : SnapshotEntry.Hashed(Encoding.UTF8.GetBytes(TextOf(bytes)));
        }

        return new SiteSnapshot(entries);
    }

    /// <summary>The snapshot stored in <paramref name="folder"/>; empty when there is none yet.</summary>
    public static SiteSnapshot Read(string folder)
    {
        var entries = new SortedDictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        var stored = Path.Combine(folder, StoredFolder);
        if (Directory.Exists(stored))
        {
            foreach (var file in Directory.EnumerateFiles(stored, "*" + Suffix, SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(stored, file).Replace('\\', '/')[..^Suffix.Length];
                entries[path] = SnapshotEntry.InFull(TextOf(File.ReadAllBytes(file)));
            }
        }

        var manifest = Path.Combine(folder, Manifest);
        if (File.Exists(manifest))
        {
            foreach (var line in TextOf(File.ReadAllBytes(manifest)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                entries[line[66..]] = new SnapshotEntry(line[..64], IsHash: true);
            }
        }

        return new SiteSnapshot(entries);
    }

    /// <summary>Replaces the snapshot in <paramref name="folder"/> with this one, leaving nothing of the old behind.</summary>
    public void Write(string folder)
    {
        var stored = Path.Combine(folder, StoredFolder);
        if (Directory.Exists(stored))
        {
            Directory.Delete(stored, recursive: true);
        }

        var manifest = new StringBuilder();
        foreach (var (path, entry) in Entries)
        {
            if (entry.IsHash)
            {
                manifest.Append(entry.Text).Append("  ").Append(path).Append('\n');
                continue;
            }

            var target = Path.Combine(stored, path + Suffix);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, entry.Text);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Manifest), manifest.ToString());
    }

    /// <summary>
    /// UTF-8 with LF line ends. Decoded without dropping a byte order mark (the CSV files start with one for Excel),
    /// so that it is kept and compared too.
    /// </summary>
    private static string TextOf(byte[] bytes) => Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>One file of a snapshot: its whole text, or (<paramref name="IsHash"/>) the hex SHA-256 of its bytes.</summary>
public sealed record SnapshotEntry(string Text, bool IsHash)
{
    public static SnapshotEntry InFull(string text) => new(text, IsHash: false);

    public static SnapshotEntry Hashed(byte[] bytes) => new(Convert.ToHexStringLower(SHA256.HashData(bytes)), IsHash: true);
}
