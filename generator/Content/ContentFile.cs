namespace SiteGen.Content;

/// <summary>
/// One file of a content folder before it is read: its path inside the folder (with /), the path shown in
/// messages, and how to get its bytes (from the disk, or from a git revision).
/// </summary>
public sealed record ContentFile(string Relative, string DisplayPath, Func<byte[]> Read);
