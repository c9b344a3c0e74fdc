namespace SiteGen.Tests.Support;

/// <summary>A folder under the system temp folder, deleted when the test is done.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A copy of a whole folder inside this one, for tests that add files to real content.</summary>
    public string CopyOf(string folder)
    {
        var copy = Combine(System.IO.Path.GetFileName(folder));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(copy, System.IO.Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
