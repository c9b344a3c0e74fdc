namespace SiteGen.Content;

/// <summary>Where each kind of content lives, as laid down in the content contract.</summary>
public static class ContentPaths
{
    public const string WhereFilesBelong =
        "Innhold hører hjemme i programme.yml, risks.yml, subprojects/<navn>.md, updates/<åååå-mm-dd>-<navn>.md, communication/<åååå-mm-dd>-<navn>.md eller pages/<navn>.md.";

    public static ContentKind? KindOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length == 1)
        {
            return parts[0] switch
            {
                "programme.yml" => ContentKind.Programme,
                "risks.yml" => ContentKind.Risks,
                _ => null,
            };
        }

        if (parts.Length != 2 || !parts[1].EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return parts[0] switch
        {
            "subprojects" => ContentKind.Subproject,
            "updates" => ContentKind.Update,
            "communication" => ContentKind.Message,
            "pages" => ContentKind.Page,
            _ => null,
        };
    }

    public static string SlugOf(string relativePath) => Path.GetFileNameWithoutExtension(relativePath);
}
