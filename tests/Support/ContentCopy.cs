using System.Text;
using SiteGen.Build;

namespace SiteGen.Tests.Support;

/// <summary>
/// A fixture's content copied into a temporary folder, so a test can break one file of an otherwise valid
/// programme and check or build it without touching the fixture itself.
/// </summary>
public sealed class ContentCopy : IDisposable
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TempDirectory _directory = new();

    public ContentCopy(string fixture = "minimal")
    {
        var source = RepositoryPaths.Fixture(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root => _directory.Path;

    public string Content => _directory.Combine("content");

    public string Output => _directory.Combine("site-output");

    public BuildOptions Options => new(Content, RepositoryPaths.Templates, Output, AsOf, IncludeDrafts: false, "https://example.org");

    /// <summary>The path of a content file, relative to the content folder, as it ends in diagnostics.</summary>
    public string PathOf(string relative) => Path.Combine(Content, relative);

    /// <summary>Puts tests/Fixtures/invalid/<paramref name="invalidFixture"/> in place of (or beside) the content file <paramref name="relative"/>.</summary>
    public ContentCopy Use(string invalidFixture, string relative)
    {
        File.Copy(RepositoryPaths.Fixture(Path.Combine("invalid", invalidFixture)), PathOf(relative), overwrite: true);
        return this;
    }

    public ContentCopy Write(string relative, string text) => WriteBytes(relative, Utf8.GetBytes(text));

    public ContentCopy WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces text that must be in the file, so a fixture change cannot make the edit silently do nothing.</summary>
    public ContentCopy Replace(string relative, string old, string @new)
    {
        var text = Read(relative);
        Assert.Contains(old, text);
        return Write(relative, text.Replace(old, @new));
    }

    public ContentCopy Append(string relative, string text) => Write(relative, Read(relative) + text);

    public ContentCopy Move(string relative, string newRelative)
    {
        File.Move(PathOf(relative), PathOf(newRelative));
        return this;
    }

    public BuildResult Check() => SiteBuilder.Build(Options, write: false);

    public BuildResult Build() => SiteBuilder.Build(Options, write: true);

    public void Dispose() => _directory.Dispose();
}
