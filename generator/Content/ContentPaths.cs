namespace SiteGen.Content;

/// <summary>Where each kind of content lives, as laid down in the content contract.</summary>
public static class ContentPaths
{
    public const string WhereFilesBelong =
        "Innhold hører hjemme i programme.yml, risks.yml, glossary.yml, subprojects/<navn>.md, updates/<åååå-mm-dd>-<navn>.md, communication/<åååå-mm-dd>-<navn>.md, pages/<navn>.md eller files/<navn>.pdf (dokumenter og bilder som publiseres som de er).";

    public static ContentKind? KindOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length == 1)
        {
            return parts[0] switch
            {
                "programme.yml" => ContentKind.Programme,
                "risks.yml" => ContentKind.Risks,
                "glossary.yml" => ContentKind.Glossary,
                _ => null,
            };
        }

        if (parts is ["files", _])
        {
            return ContentKind.Attachment;
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

    /// <summary>
    /// Whether the path is hidden from the content: a file or folder on it whose name starts with a dot (.git,
    /// an editor's .swp) or ends with ~ (an editor's backup). The walk of the folder, a preview's watched paths and
    /// the files of a git revision all ask this.
    /// </summary>
    public static bool IsHidden(string relativePath)
    {
        var path = relativePath.AsSpan();
        foreach (var part in path.Split('/'))
        {
            if (path[part].StartsWith('.') || path[part].EndsWith('~'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name content refers to a file by: the file name without .md, or an attachment's whole file name.</summary>
    public static string SlugOf(string relativePath) =>
        KindOf(relativePath) == ContentKind.Attachment ? Path.GetFileName(relativePath) : Path.GetFileNameWithoutExtension(relativePath);

    /// <summary>Where the file of one item lives, relative to the content folder: the inverse of <see cref="KindOf"/>.</summary>
    public static string PathOf(ContentKind kind, string slug = "") => kind switch
    {
        ContentKind.Programme => "programme.yml",
        ContentKind.Risks => "risks.yml",
        ContentKind.Glossary => "glossary.yml",
        ContentKind.Attachment => $"files/{slug}",
        _ => $"{FolderOf(kind)}/{slug}.md",
    };

    /// <summary>The folder of the kinds that have one file per item.</summary>
    public static string FolderOf(ContentKind kind) => kind switch
    {
        ContentKind.Subproject => "subprojects",
        ContentKind.Update => "updates",
        ContentKind.Message => "communication",
        ContentKind.Page => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind} is one file, not a folder."),
    };
}
