using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Scaffolding;
using YamlDotNet.Core;

namespace SiteGen.Tests.Support;

/// <summary>
/// Checks YAML against the part of JSON Schema that schemas/ uses (type, properties, additionalProperties: false,
/// required, items, enum, pattern, minimum, maximum, minItems, maxItems, oneOf), typing scalars as YAML 1.2 does.
/// </summary>
public static partial class YamlSchemaChecker
{
    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();

    /// <summary>Every content file's YAML against the schema of its kind.</summary>
    public static IReadOnlyList<string> ProblemsIn(string contentDirectory)
    {
        var documents = new ContentLoader(new DiagnosticBag(), path => path).Load(contentDirectory);
        return documents
            .SelectMany(d => Problems(d.Data!, SchemaOf(d.Kind), d.Path))
            .ToList();
    }

    public static SchemaNode SchemaOf(ContentKind kind) => SchemaCatalog.Embedded.Root(kind switch
    {
        ContentKind.Programme => SchemaCatalog.Programme,
        ContentKind.Risks => SchemaCatalog.Risks,
        ContentKind.Glossary => SchemaCatalog.Glossary,
        ContentKind.Subproject => SchemaCatalog.Subproject,
        ContentKind.Update => SchemaCatalog.Update,
        ContentKind.Message => SchemaCatalog.Message,
        _ => SchemaCatalog.Page,
    });

    public static IEnumerable<string> Problems(YamlValue node, SchemaNode schema, string path)
    {
        var alternatives = schema.Subschemas("oneOf");
        if (alternatives.Count > 0 && alternatives.Count(s => !Problems(node, s, path).Any()) != 1)
        {
            yield return $"{path}: matches none or several of oneOf";
        }

        var types = schema.Json["type"] switch
        {
            null => [],
            System.Text.Json.Nodes.JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            var single => [single.GetValue<string>()],
        };
        var type = TypeOf(node);
        if (types.Count > 0 && !types.Contains(type) && !(type == "integer" && types.Contains("number")))
        {
            yield return $"{path}: is {type}, the schema wants {string.Join(" or ", types)}";
            yield break;
        }

        var problems = node switch
        {
            YamlMapping mapping => MappingProblems(mapping, schema, path),
            YamlSequence sequence => SequenceProblems(sequence, schema, path),
            _ => ScalarProblems(((YamlScalar)node).Value, type, schema, path),
        };
        foreach (var problem in problems)
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> MappingProblems(YamlMapping mapping, SchemaNode schema, string path)
    {
        var properties = schema.Properties.ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal);
        var keys = mapping.Children.Select(c => ((YamlScalar)c.Key).Value).ToList();
        foreach (var (key, value) in keys.Zip(mapping.Children.Select(c => c.Value)))
        {
            var problems = properties.TryGetValue(key, out var property)
                ? Problems(value, property, $"{path}/{key}")
                : [$"{path}/{key}: not in the schema"];
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }

        foreach (var missing in schema.Required.Except(keys))
        {
            yield return $"{path}: {missing} is required";
        }
    }

    private static IEnumerable<string> SequenceProblems(YamlSequence sequence, SchemaNode schema, string path)
    {
        var count = sequence.Children.Count;
        if (count < (int?)schema.Json["minItems"] || count > (int?)schema.Json["maxItems"])
        {
            yield return $"{path}: {count} items";
        }

        foreach (var (item, index) in sequence.Children.Select((item, index) => (item, index)))
        {
            foreach (var problem in schema.Items is { } items ? Problems(item, items, $"{path}/{index}") : [])
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> ScalarProblems(string value, string type, SchemaNode schema, string path)
    {
        if (schema.Enum.Count > 0 && !schema.Enum.Contains(value))
        {
            yield return $"{path}: {value} is not one of {string.Join(", ", schema.Enum)}";
        }

        if (type == "string" && (string?)schema.Json["pattern"] is { } pattern && !Regex.IsMatch(value, pattern))
        {
            yield return $"{path}: {value} does not match {pattern}";
        }

        if (type is "integer" or "number")
        {
            var number = decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (number < (decimal?)schema.Json["minimum"] || number > (decimal?)schema.Json["maximum"])
            {
                yield return $"{path}: {value} is out of range";
            }
        }
    }

    private static string TypeOf(YamlValue node) => node switch
    {
        YamlMapping => "object",
        YamlSequence => "array",
        YamlScalar { Style: not ScalarStyle.Plain } => "string",
        YamlScalar { Value: null or "" or "~" or "null" } => "null",
        YamlScalar { Value: "true" or "false" } => "boolean",
        YamlScalar s when Integer().IsMatch(s.Value) => "integer",
        YamlScalar s when Number().IsMatch(s.Value) => "number",
        _ => "string",
    };
}
