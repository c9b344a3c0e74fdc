namespace SiteGen.Scaffolding;

/// <summary>A kind of content file <c>new</c> can create: where it goes, its schema and the body it starts with.</summary>
public sealed record NewFileKind(string Name, string Folder, string Schema, bool Dated, string Body)
{
    public static readonly IReadOnlyList<NewFileKind> All =
    [
        new("subproject", "subprojects", SchemaCatalog.Subproject, Dated: false, "Skriv mandatet og beskrivelsen av delprosjektet her."),
        new("update", "updates", SchemaCatalog.Update, Dated: true, "Skriv oppdateringen her."),
        new("message", "communication", SchemaCatalog.Message, Dated: true, "Skriv budskapet her."),
    ];

    /// <summary>The file's path under the content folder: <c>subprojects/slug.md</c> or <c>updates/yyyy-mm-dd-slug.md</c>.</summary>
    public string RelativePath(string slug, DateOnly date) =>
        $"{Folder}/{(Dated ? Iso(date) + "-" : "")}{slug}.md";

    /// <summary>The whole file: front matter with every field explained, then the body placeholder.</summary>
    public string Text(string title, DateOnly date)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title };
        if (Dated)
        {
            values["date"] = Iso(date);
        }

        return FrontMatterWriter.Write(SchemaCatalog.Embedded.Root(Schema), values) + Body + "\n";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
