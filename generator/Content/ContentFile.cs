namespace SiteGen.Content;

/// <summary>
/// One file of a content folder before it is read: its path inside the folder (with /), the path shown in
/// messages, and how to get its bytes (from the disk, or from a git revision).
/// </summary>
public sealed record ContentFile(string Relative, string DisplayPath, Func<byte[]> Read)
{
    /// <summary>Size and last write time of a file on disk, so a preview session can tell it is unchanged; null for a file from git.</summary>
    public FileStamp? Stamp { get; init; }
}

/// <summary>What the file system says about a file without reading it.</summary>
public readonly record struct FileStamp(long Length, DateTime Modified)
{
    public static FileStamp Of(FileSystemInfo file) => new(file is FileInfo info ? info.Length : 0, file.LastWriteTimeUtc);
}
