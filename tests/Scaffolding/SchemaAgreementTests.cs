using System.Text.RegularExpressions;
using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Scaffolding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Scaffolding;

/// <summary>The editor's schemas in schemas/ say what the binders accept: the same keys, values and required fields.</summary>
public partial class SchemaAgreementTests
{
    [GeneratedRegex("Feltet «(?<key>[^»]+)» mangler")]
    private static partial Regex MissingKey();

    /// <summary>Each object the binders read: its schema and path, its allowed keys, and YAML whose last line is that object left empty.</summary>
    public static TheoryData<string, string, string[], string> Objects => new()
    {
        { SchemaCatalog.Subproject, "", SubprojectBinder.Keys, "{}" },
        { SchemaCatalog.Subproject, "phases", SubprojectBinder.PhaseKeys, "phases:\n  - {}" },
        { SchemaCatalog.Subproject, "milestones", MilestoneBinder.Keys, "milestones:\n  - {}" },
        { SchemaCatalog.Subproject, "measures", SubprojectBinder.MeasureKeys, "measures:\n  - {}" },
        { SchemaCatalog.Subproject, "gains", SubprojectBinder.GainKeys, "gains:\n  - {}" },
        { SchemaCatalog.Subproject, "a3", SubprojectBinder.A3Keys, "a3:\n  {}" },
        { SchemaCatalog.Programme, "", ProgrammeBinder.Keys, "{}" },
        { SchemaCatalog.Programme, "goals", ProgrammeBinder.GoalKeys, "goals:\n  - {}" },
        { SchemaCatalog.Programme, "goals/values", ProgrammeBinder.ValueKeys, "goals:\n  - values:\n      - {}" },
        { SchemaCatalog.Programme, "contact", ProgrammeBinder.ContactKeys, "contact:\n  {}" },
        { SchemaCatalog.Programme, "sources", ProgrammeBinder.SourceKeys, "sources:\n  - {}" },
        { SchemaCatalog.Programme, "logo", ProgrammeBinder.LogoKeys, "logo:\n  {}" },
        { SchemaCatalog.Programme, "milestones", MilestoneBinder.Keys, "milestones:\n  - {}" },
        { SchemaCatalog.Programme, "communication_audiences", ProgrammeBinder.AudienceKeys, "communication_audiences:\n  - {}" },
        { SchemaCatalog.Update, "", UpdateBinder.Keys, "{}" },
        { SchemaCatalog.Message, "", MessageBinder.Keys, "{}" },
        { SchemaCatalog.Page, "", PageBinder.Keys, "{}" },
        { SchemaCatalog.Risks, "", RiskBinder.FileKeys, "{}" },
        { SchemaCatalog.Risks, "matrix", RiskBinder.MatrixKeys, "matrix:\n  {}" },
        { SchemaCatalog.Risks, "matrix/rows", RiskBinder.RowKeys, "matrix:\n  rows:\n    - {}" },
        { SchemaCatalog.Risks, "matrix/groups", RiskBinder.GroupKeys, "matrix:\n  groups:\n    - {}" },
        { SchemaCatalog.Risks, "columns", RiskBinder.ColumnLabelKeys, "columns:\n  {}" },
        { SchemaCatalog.Risks, "risks", RiskBinder.Keys, "risks:\n  - {}" },
        { SchemaCatalog.Risks, "risks/cells", RiskBinder.CellKeys, "risks:\n  - cells:\n      - {}" },
        { SchemaCatalog.Glossary, "", GlossaryBinder.FileKeys, "{}" },
        { SchemaCatalog.Glossary, "terms", GlossaryBinder.Keys, "terms:\n  - {}" },
    };

    public static TheoryData<string, string, string[]> Enums => new()
    {
        { SchemaCatalog.Subproject, "status", [.. EnumKeys.AllOf<SubprojectStatus>()] },
        { SchemaCatalog.Subproject, "health", [.. EnumKeys.AllOf<Health>()] },
        { SchemaCatalog.Subproject, "phases/status", [.. EnumKeys.AllOf<PhaseStatus>()] },
        { SchemaCatalog.Subproject, "milestones/status", [.. EnumKeys.AllOf<MilestoneStatus>()] },
        { SchemaCatalog.Subproject, "measures/status", [.. EnumKeys.AllOf<MeasureStatus>()] },
        { SchemaCatalog.Subproject, "gains/type", [.. EnumKeys.AllOf<GainType>()] },
        { SchemaCatalog.Programme, "goals/unit", [.. EnumKeys.AllOf<GoalUnit>()] },
        { SchemaCatalog.Programme, "goals/comparison", [.. EnumKeys.AllOf<Comparison>()] },
        { SchemaCatalog.Programme, "milestones/status", [.. EnumKeys.AllOf<MilestoneStatus>()] },
        { SchemaCatalog.Programme, "communication_audiences/audience", [.. EnumKeys.AllOf<Audience>()] },
        { SchemaCatalog.Update, "kind", [.. EnumKeys.AllOf<UpdateKind>()] },
        { SchemaCatalog.Message, "audiences", [.. EnumKeys.AllOf<Audience>()] },
        { SchemaCatalog.Message, "channels", [.. EnumKeys.AllOf<Channel>()] },
        { SchemaCatalog.Message, "status", [.. EnumKeys.AllOf<MessageStatus>()] },
        { SchemaCatalog.Risks, "risks/kind", [.. EnumKeys.AllOf<RiskKind>()] },
        { SchemaCatalog.Risks, "risks/cells/group", [.. EnumKeys.AllOf<RiskKind>()] },
        { SchemaCatalog.Risks, "matrix/groups/kind", [.. EnumKeys.AllOf<RiskKind>()] },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_allows_the_keys_and_requires_the_fields_the_binder_does(string schema, string path, string[] keys, string yaml)
    {
        var node = ObjectAt(schema, path);

        Assert.Equal(keys.Order(), node.Properties.Select(p => p.Name).Order());
        Assert.False((bool?)node.Json["additionalProperties"] ?? true);
        Assert.All(node.Properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Schema.Description), $"{p.Name} has no description"));
        Assert.Equal(MissingFields(schema, yaml).Order(), node.Required.Order());
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Schema_lists_and_explains_exactly_the_values_the_binder_accepts(string schema, string path, string[] values)
    {
        var slash = path.LastIndexOf('/');
        var field = ObjectAt(schema, slash < 0 ? "" : path[..slash]).Property(path[(slash + 1)..]);

        Assert.Equal(values, (field.Items ?? field).Enum);
        Assert.All(values, v => Assert.Contains(v, field.Description));
    }

    [Fact]
    public void The_real_content_matches_the_schemas() =>
        Assert.Empty(YamlSchemaChecker.ProblemsIn(RepositoryPaths.Content));

    [Fact]
    public void The_schemas_catch_unknown_keys_values_dates_and_types()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("subprojects"));
        File.WriteAllText(temp.Combine("subprojects", "x.md"),
            "---\ntitle: X\nstatus: active\nstatuss: active\nhealth: good\nstart: 2024-13-1\norder: first\nmeasures:\n  - { title: T, estimate: [3, 2, 1] }\n---\n");

        var problems = YamlSchemaChecker.ProblemsIn(temp.Path);

        Assert.All(new[] { "/statuss", "/health", "/start", "/order", "/measures/0/estimate" }, key => Assert.Contains(problems, p => p.Contains(key)));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Editor_settings_map_every_yaml_schema_to_its_file()
    {
        var settings = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json"));

        Assert.Contains($"\"./schemas/{SchemaCatalog.Programme}\": \"content/programme.yml\"", settings);
        Assert.Contains($"\"./schemas/{SchemaCatalog.Risks}\": \"content/risks.yml\"", settings);
        Assert.Contains($"\"./schemas/{SchemaCatalog.Glossary}\": \"content/glossary.yml\"", settings);
    }

    private static SchemaNode ObjectAt(string schema, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(Object(SchemaCatalog.Embedded.Root(schema)), (node, name) => Object(node.Property(name)));

    private static SchemaNode Object(SchemaNode node) => node.Items ?? node;

    /// <summary>The fields the binder reports missing in the object that the YAML's last line leaves empty.</summary>
    private static IEnumerable<string> MissingFields(string schema, string yaml)
    {
        var (file, firstLine) = FileFor(schema);
        using var temp = new TempDirectory();
        var full = temp.Combine(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, file.EndsWith(".md", StringComparison.Ordinal) ? $"---\n{yaml}\n---\nTekst.\n" : yaml + "\n");
        var diagnostics = new DiagnosticBag();

        ContentBinder.Bind(new ContentLoader(diagnostics, p => p).Load(temp.Path), diagnostics);

        var line = firstLine + yaml.Split('\n').Length - 1;
        return diagnostics.ToSortedList()
            .Where(d => d.Code == DiagnosticCodes.MissingField && d.Span.Line == line)
            .Select(d => MissingKey().Match(d.Message).Groups["key"].Value)
            .ToList();
    }

    /// <summary>A file of the schema's kind, and the file line its YAML starts on.</summary>
    private static (string File, int FirstLine) FileFor(string schema) => schema switch
    {
        SchemaCatalog.Subproject => ("subprojects/x.md", 2),
        SchemaCatalog.Update => ("updates/2024-01-01-x.md", 2),
        SchemaCatalog.Message => ("communication/2024-01-01-x.md", 2),
        SchemaCatalog.Page => ("pages/x.md", 2),
        SchemaCatalog.Programme => ("programme.yml", 1),
        SchemaCatalog.Glossary => ("glossary.yml", 1),
        _ => ("risks.yml", 1),
    };
}
