using System.Text.Json.Nodes;
using SiteGen.Validation;

namespace SiteGen.Scaffolding;

/// <summary>
/// A kind of content file <c>new</c> can create: where it goes, its schema and the body it starts with. The file is a
/// draft, and its body a placeholder that <c>check</c> refuses outside a draft, so an unfinished file never goes out.
/// </summary>
public sealed record NewFileKind(string Name, string Folder, string Schema, bool Dated, string Body)
{
    public static readonly IReadOnlyList<NewFileKind> All =
    [
        new("subproject", "subprojects", SchemaCatalog.Subproject, Dated: false, Placeholders.SubprojectBody),
        new("update", "updates", SchemaCatalog.Update, Dated: true, Placeholders.UpdateBody),
        new("message", "communication", SchemaCatalog.Message, Dated: true, Placeholders.MessageBody),
    ];

    /// <summary>The file's path under the content folder: <c>subprojects/slug.md</c> or <c>updates/yyyy-mm-dd-slug.md</c>.</summary>
    public string RelativePath(string slug, DateOnly date) =>
        $"{Folder}/{(Dated ? Iso(date) + "-" : "")}{slug}.md";

    /// <summary>The whole file: front matter with every field explained, then the body placeholder.</summary>
    public string Text(string title, DateOnly date)
    {
        var values = new Dictionary<string, JsonNode>(StringComparer.Ordinal) { ["title"] = title, ["draft"] = true };
        if (Dated)
        {
            values["date"] = Iso(date);
        }

        return FrontMatterWriter.Write(SchemaCatalog.Embedded.Root(Schema), values) + Body + "\n";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
