using Scriban.Runtime;
using SiteGen.Binding;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rendering;

/// <summary>
/// The site's words, from one YAML file in the templates folder (templates/strings.nb.yml).
/// Templates read it as <c>t</c>; enum labels live under <c>labels.&lt;enum_type&gt;.&lt;value&gt;</c>.
/// </summary>
public sealed class UiStrings
{
    public const string FileName = "strings.nb.yml";

    private UiStrings(ScriptObject root) => Root = root;

    public ScriptObject Root { get; }

    public static UiStrings Load(string templatesDirectory, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var path = Path.Combine(templatesDirectory, FileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(displayPath(path), (int)e.Start.Line, (int)e.Start.Column), e.Message);
            return new UiStrings(new ScriptObject());
        }
        catch (FileNotFoundException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceSpan.AtFile(displayPath(path)), $"The UI strings file {FileName} is missing from the templates folder.");
            return new UiStrings(new ScriptObject());
        }

        return new UiStrings(stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map ? ToScriptObject(map) : new ScriptObject());
    }

    /// <summary>The Norwegian label of an enum value, such as "Pågår" for <c>SubprojectStatus.Active</c>.</summary>
    public string Label(Enum value)
    {
        var type = EnumKeys.ToSnakeCase(value.GetType().Name);
        var key = EnumKeys.KeyOf(value);
        return Root["labels"] is ScriptObject labels && labels[type] is ScriptObject group && group[key] is string label
            ? label
            : throw new InvalidOperationException($"{FileName} has no label for labels.{type}.{key}.");
    }

    public string Text(string key) =>
        Root[key] as string ?? throw new InvalidOperationException($"{FileName} has no text '{key}'.");

    private static ScriptObject ToScriptObject(YamlMappingNode map)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in map.Children)
        {
            result[((YamlScalarNode)key).Value!] = value switch
            {
                YamlMappingNode child => ToScriptObject(child),
                YamlSequenceNode list => new ScriptArray(list.Children.OfType<YamlScalarNode>().Select(s => (object?)s.Value)),
                YamlScalarNode scalar => scalar.Value ?? "",
                _ => "",
            };
        }

        return result;
    }
}
