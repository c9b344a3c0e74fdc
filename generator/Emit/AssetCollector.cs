namespace SiteGen.Emit;

/// <summary>The static files of the templates folder (CSS, the small scripts), copied as they are under /assets/.</summary>
public static class AssetCollector
{
    public static IEnumerable<SiteFile> Collect(string templatesDirectory)
    {
        var assets = Path.Combine(templatesDirectory, "assets");
        if (!Directory.Exists(assets))
        {
            return [];
        }

        return Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new SiteFile("assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/'), File.ReadAllBytes(file)));
    }
}
