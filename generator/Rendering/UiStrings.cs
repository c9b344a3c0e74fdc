using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Model;
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

    /// <summary>The headings and field names a subproject page is shaped with (sections, table of contents, what is not given).</summary>
    private static readonly string[] SubprojectTexts =
    [
        "subproject.objective", "subproject.expected_result", "subproject.resources", "subproject.involved", "subproject.involvement",
        "subproject.timeline_heading", "subproject.phases_heading", "subproject.milestones_heading", "subproject.measures_heading",
        "subproject.gains_heading", "subproject.a3_heading", "subproject.parts_heading", "subproject.updates_heading",
        "subproject.messages_heading", "subproject.risks_heading", "subproject.health", "subproject.period", "subproject.owner",
        "subproject.lead", "subproject.steering",
    ];

    /// <summary>The texts the generator itself uses (page titles, chart words); templates may use many more.</summary>
    private static readonly string[] GeneratorTexts =
    [
        "home", "subprojects_title", "milestones_title", "goals_title", "risks_title", "communication_title", "updates_title",
        "search_title", "data_title", "glossary_title", "sources_title", "sources_measures_use", "not_found_title", "audience_title", "timeline_description",
        "timeline_as_of", "timeline_quarter", "timeline_programme_row", "goal_chart_description", "goal_chart_target",
        "timeline_title", "timeline_title_for", "milestones.quarter_caption", "milestones.half_year_caption", "milestones.year_caption",
        "paged_title", "milestones.undated", "milestones.undated_title", "milestones.year_title", "goals.gains_caption", "goals.measures_caption",
        "nav.home", "nav.subprojects", "nav.milestones", "nav.goals", "nav.risks", "nav.communication", "nav.updates", "nav.search",
        .. SubprojectTexts,
        "milestones.overdue", "milestones.phase_overdue", .. SearchKind.Keys.Select(k => "search.kinds." + k),
        "timeline_legend_bars", "timeline_legend_milestones", "timeline_legend_unknown", "timeline_legend_group", "timeline_legend_overdue",
    ];

    /// <summary>Every enum whose values the site shows: each value needs a label.</summary>
    private static readonly Type[] LabelledEnums =
    [
        typeof(SubprojectStatus), typeof(Health), typeof(PhaseStatus), typeof(MilestoneStatus), typeof(MeasureStatus), typeof(GainType),
        typeof(GoalUnit), typeof(Comparison), typeof(UpdateKind), typeof(Audience), typeof(Channel), typeof(MessageStatus), typeof(RiskKind),
    ];

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

        var strings = new UiStrings(stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map ? ToScriptObject(map) : new ScriptObject());
        strings.ReportMissing(SourceSpan.AtFile(displayPath(path)), diagnostics);
        return strings;
    }

    /// <summary>Checked once at load, so a missing word is an error with the file's name rather than a crash mid-build.</summary>
    private void ReportMissing(SourceSpan file, DiagnosticBag diagnostics)
    {
        foreach (var key in GeneratorTexts.Where(k => Find(k) is null))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, file, $"{FileName} needs a text '{key}'.");
        }

        var labels = Root["labels"] as ScriptObject;
        foreach (var type in LabelledEnums)
        {
            var group = EnumKeys.ToSnakeCase(type.Name);
            foreach (var value in Enum.GetValues(type).Cast<Enum>().Where(v => (labels?[group] as ScriptObject)?[EnumKeys.KeyOf(v)] is not string))
            {
                diagnostics.Error(DiagnosticCodes.TemplateMissing, file, $"{FileName} needs a label labels.{group}.{EnumKeys.KeyOf(value)}.");
            }
        }
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

    /// <summary>A text by its key; a dotted key such as "subproject.owner" reads a nested one.</summary>
    public string Text(string key) =>
        Find(key) ?? throw new InvalidOperationException($"{FileName} has no text '{key}'.");

    private string? Find(string key)
    {
        object? node = Root;
        foreach (var part in key.Split('.'))
        {
            node = (node as ScriptObject)?[part];
        }

        return node as string;
    }

    /// <summary>A text with placeholders {0}, {1}, … filled in, such as "Tidslinje {0}–{1}".</summary>
    public string Format(string key, params string[] values)
    {
        var text = Text(key);
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace($"{{{i}}}", values[i], StringComparison.Ordinal);
        }

        return text;
    }

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
