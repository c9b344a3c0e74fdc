using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Rendering;

namespace SiteGen.Build;

/// <summary>
/// The templates folder as a build uses it: the words of the interface, the parsed templates and the assets, with the
/// problems found loading them. A preview session loads it again only when a file in the folder changed (its stamp).
/// </summary>
public sealed record TemplateFolder(UiStrings Strings, TemplateSet Templates, IReadOnlyList<SiteFile> Assets, DiagnosticBag Problems, UInt128 Stamp)
{
    public static TemplateFolder Load(string directory, Func<string, string> displayPath)
    {
        var stamp = StampOf(directory);
        var problems = new DiagnosticBag();
        var strings = UiStrings.Load(directory, problems, displayPath);
        var templates = TemplateSet.Load(directory, problems, displayPath);
        return new TemplateFolder(strings, templates, [.. AssetCollector.Collect(directory)], problems, stamp);
    }

    /// <summary>The folder as it is now, or <paramref name="loaded"/> when none of its files changed since.</summary>
    public static TemplateFolder Reload(TemplateFolder? loaded, string directory, Func<string, string> displayPath) =>
        loaded is not null && loaded.Stamp == StampOf(directory) ? loaded : Load(directory, displayPath);

    /// <summary>Every file's place, size and last write time, in one digest.</summary>
    private static UInt128 StampOf(string directory) =>
        new ModelFingerprint().Of(new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(directory, f.FullName)}\n{f.Length}\n{f.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal)
            .ToList());
}
