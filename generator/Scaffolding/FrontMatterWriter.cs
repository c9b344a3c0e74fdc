using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SiteGen.Scaffolding;

/// <summary>
/// Writes the front matter of a new file from its schema: every field with its Norwegian description as a comment.
/// Given values and schema defaults are written out; every other field is commented out with an example,
/// so the file passes <c>check</c> as written and shows what can be filled in.
/// </summary>
public static partial class FrontMatterWriter
{
    private const int Width = 100;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^[\p{L}\p{N}][^:#\[\]{},&*!|>'""%@`]*$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^([-+]?[0-9.]+|true|false|yes|no|on|off|null|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadsAsOtherType();

    public static string Write(SchemaNode schema, IReadOnlyDictionary<string, JsonNode> values)
    {
        var yaml = new StringBuilder("---\n");
        foreach (var (name, field) in schema.Properties)
        {
            Comment(yaml, "", field.Description);
            foreach (var (childName, child) in (field.Items ?? field).Properties)
            {
                Comment(yaml, "  ", $"{childName}: {child.Description}");
            }

            if (values.TryGetValue(name, out var value))
            {
                yaml.Append(name).Append(": ").Append(Value(value)).Append('\n');
            }
            else if (field.Default is { } fallback)
            {
                yaml.Append(name).Append(": ").Append(Value(fallback)).Append('\n');
            }
            else
            {
                foreach (var line in Lines(name, field.Example))
                {
                    yaml.Append("# ").Append(line).Append('\n');
                }
            }

            yaml.Append('\n');
        }

        yaml.Length -= 1;
        return yaml.Append("---\n").ToString();
    }

    private static IEnumerable<string> Lines(string name, JsonNode? example) => example switch
    {
        JsonArray list when list.Any(i => i is JsonObject) => [$"{name}:", .. list.Select(i => "  - " + Value(i))],
        JsonObject map => [$"{name}:", .. map.Select(p => $"  {p.Key}: {Value(p.Value)}")],
        _ => [$"{name}: {Value(example)}".TrimEnd()],
    };

    private static string Value(JsonNode? node) => node switch
    {
        null => "",
        JsonArray list => $"[{string.Join(", ", list.Select(Value))}]",
        JsonObject map => $"{{ {string.Join(", ", map.Select(p => $"{p.Key}: {Value(p.Value)}"))} }}",
        _ when node.GetValueKind() == JsonValueKind.String => Scalar(node.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    /// <summary>Text as plain YAML when it reads back as the same text, otherwise in double quotes (JSON strings are valid YAML).</summary>
    private static string Scalar(string text) =>
        Plain().IsMatch(text) && !ReadsAsOtherType().IsMatch(text) && !text.EndsWith(' ')
            ? text
            : JsonSerializer.Serialize(text, Readable);

    /// <summary>Comment lines of at most about <see cref="Width"/> characters; nested fields' lines hang under their name.</summary>
    private static void Comment(StringBuilder yaml, string indent, string text)
    {
        var prefix = "# " + indent;
        var line = new StringBuilder(prefix);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > prefix.Length && line.Length + 1 + word.Length > Width)
            {
                yaml.Append(line).Append('\n');
                prefix = indent.Length > 0 ? "# " + indent + "  " : "# ";
                line.Clear().Append(prefix);
            }

            line.Append(line.Length > prefix.Length ? " " : "").Append(word);
        }

        yaml.Append(line).Append('\n');
    }
}
