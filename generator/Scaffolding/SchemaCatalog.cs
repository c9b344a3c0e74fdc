using System.Text.Json.Nodes;

namespace SiteGen.Scaffolding;

/// <summary>The JSON Schemas of <c>schemas/</c>, built into the program so <c>new</c> explains every field as the editor does.</summary>
public sealed class SchemaCatalog
{
    public const string Subproject = "subproject.schema.json";
    public const string Update = "update.schema.json";
    public const string Message = "message.schema.json";
    public const string Page = "page.schema.json";
    public const string Programme = "programme.schema.json";
    public const string Risks = "risks.schema.json";
    public const string Glossary = "glossary.schema.json";

    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);

    public static SchemaCatalog Embedded { get; } = new();

    public SchemaNode Root(string file) => new(this, file, Document(file));

    internal JsonObject Document(string file)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(file, out var document))
            {
                using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream("schemas/" + file)
                    ?? throw new InvalidOperationException($"The schema {file} is not built into the program.");
                document = JsonNode.Parse(stream)!.AsObject();
                _documents[file] = document;
            }

            return document;
        }
    }
}
