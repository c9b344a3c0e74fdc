using System.Text;

namespace SyntheticProgramme;

/// <summary>Writes files into a folder that is emptied first, so a smaller programme leaves nothing of a larger one behind.</summary>
public static class FolderWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string folder, IEnumerable<SyntheticFile> files)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, Utf8);
        }
    }
}
