using System.Text.Json.Nodes;

namespace SiteGen.Scaffolding;

/// <summary>
/// One JSON Schema object from <c>schemas/</c>, with its <c>$ref</c> followed. Keys written beside a <c>$ref</c>
/// (a field's own description) win over the referenced definition's, as in the VS Code YAML extension.
/// </summary>
public sealed class SchemaNode
{
    private readonly SchemaCatalog _catalog;
    private readonly string _file;

    internal SchemaNode(SchemaCatalog catalog, string file, JsonObject json)
    {
        _catalog = catalog;
        (_file, Json) = Resolve(catalog, file, json);
    }

    /// <summary>The schema's own keywords after resolving <c>$ref</c>.</summary>
    public JsonObject Json { get; }

    public string Description => Json["description"]?.GetValue<string>() ?? "";

    public JsonNode? Default => Json["default"];

    public JsonNode? Example => Json["examples"]?.AsArray().FirstOrDefault();

    public IReadOnlyList<string> Enum => Strings("enum");

    public IReadOnlyList<string> Required => Strings("required");

    public IReadOnlyList<(string Name, SchemaNode Schema)> Properties =>
        Json["properties"]?.AsObject().Select(p => (p.Key, Child(p.Value))).ToList() ?? [];

    public SchemaNode? Items => Json["items"] is JsonObject items ? Child(items) : null;

    /// <summary>The subschemas of a keyword such as <c>oneOf</c>.</summary>
    public IReadOnlyList<SchemaNode> Subschemas(string keyword) =>
        Json[keyword]?.AsArray().Select(Child).ToList() ?? [];

    public SchemaNode Property(string name) =>
        Properties.Single(p => p.Name == name).Schema;

    private SchemaNode Child(JsonNode? json) => new(_catalog, _file, json!.AsObject());

    private IReadOnlyList<string> Strings(string keyword) =>
        Json[keyword]?.AsArray().Select(v => v!.GetValue<string>()).ToList() ?? [];

    private static (string File, JsonObject Json) Resolve(SchemaCatalog catalog, string file, JsonObject json)
    {
        if (json["$ref"]?.GetValue<string>() is not { } reference)
        {
            return (file, json);
        }

        var hash = reference.IndexOf('#');
        var targetFile = hash > 0 ? reference[..hash] : file;
        var target = reference[(hash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate((JsonNode)catalog.Document(targetFile), (node, segment) => node[segment]!)
            .AsObject();
        var (resolvedFile, resolved) = Resolve(catalog, targetFile, target);

        var merged = new JsonObject();
        foreach (var (key, value) in resolved.Concat(json.Where(p => p.Key != "$ref")))
        {
            merged[key] = value?.DeepClone();
        }

        return (resolvedFile, merged);
    }
}
