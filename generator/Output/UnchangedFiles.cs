using System.Runtime.InteropServices;
using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// Gives a file of the new version the published version's file (a hard link) when their bytes are the same, instead
/// of a new file. Most of a rebuild is unchanged, and creating tens of thousands of files is the slowest part of
/// writing a big site: on ext4 every new file needs an inode, and for a minute or more after the previous-but-one
/// version was deleted the kernel searches past all of its freed inodes for each one.
/// A shared file is never written again (a changed page gets a new file), so readers of either version see its
/// bytes unchanged, and deleting the old version only removes its names.
/// Where links cannot be made (Windows, where the site is swapped by renames; a file system without hard links),
/// the file is written as before.
/// </summary>
internal sealed class UnchangedFiles(string publishedVersion)
{
    /// <summary>Links <paramref name="path"/> to the published file of the same name if it holds exactly <paramref name="file"/>'s bytes.</summary>
    public bool TryShare(SiteFile file, string path)
    {
        var published = Path.Combine(publishedVersion, file.Path);
        try
        {
            // A link inside the published version (not one a build writes) would be shared as a link: only plain files are.
            var info = new FileInfo(published);
            return info.Exists
                && !info.Attributes.HasFlag(FileAttributes.ReparsePoint)
                && info.Length == file.Content.Length
                && SameBytes.Hold(published, file.Content)
                && Link(published, path) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
