using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Binding;

public static class SubprojectBinder
{
    internal static readonly string[] Keys =
    [
        "title", "summary", "status", "health", "health_note", "start", "end", "owner", "lead", "steering", "parent",
        "objective", "expected_result", "resources", "involved", "involvement", "order", "phases", "milestones",
        "measures", "gains", "a3", "source", "draft",
    ];

    internal static readonly string[] PhaseKeys = ["title", "start", "end", "status"];
    internal static readonly string[] MeasureKeys =
        ["title", "status", "status_note", "owner", "due", "estimate", "estimate_by", "estimate_date", "realised", "note", "source"];
    internal static readonly string[] GainKeys = ["type", "description", "estimate", "period"];
    internal static readonly string[] A3Keys = ["date", "reason", "current", "root_causes", "target", "measurement"];

    public static Subproject? Bind(SourceDocument document, BindingScope scope)
    {
        SlugChecks.RequireValidFileName(document, scope.Diagnostics);
        var reader = new FieldReader(document, document.Data!, scope.Diagnostics, Keys);
        var title = reader.Text("title", required: true);
        var status = reader.Enum<SubprojectStatus>("status", required: true);
        var start = reader.Date("start");
        var end = reader.Date("end");
        reader.RequireOrder(start, end, "start", "end");
        var parent = reader.Text("parent");
        if (parent is not null)
        {
            scope.Refer(ReferenceTarget.Subproject, parent, reader.SpanOf("parent"));
            scope.ParentSpans[document.Slug] = reader.SpanOf("parent");
        }

        var subproject = new Subproject(
            document.Slug, document.Path, title ?? "", reader.Text("summary"), status ?? default,
            reader.Enum<Health>("health"), reader.Text("health_note"), start, end,
            reader.Text("owner"), reader.Text("lead"), reader.Text("steering"), parent,
            reader.Markdown("objective"), reader.Markdown("expected_result"), reader.Markdown("resources"),
            reader.Markdown("involved"), reader.Markdown("involvement"), reader.Integer("order") ?? int.MaxValue,
            [.. reader.Items("phases", PhaseKeys).Select(BindPhase).OfType<Phase>()],
            [.. MilestoneBinder.BindAll(reader).OrderBy(m => m.Date)],
            [.. reader.Items("measures", MeasureKeys).Select(m => BindMeasure(m, scope)).OfType<Measure>()],
            [.. reader.Items("gains", GainKeys).Select(BindGain).OfType<Gain>()],
            reader.Section("a3", A3Keys) is { } a3 ? BindA3(a3) : null,
            scope.Sources(reader),
            reader.Bool("draft"),
            new MarkdownText(document.Body, new(document.Path, document.BodyLine, 1)));

        return title is null || status is null ? null : subproject;
    }

    private static Phase? BindPhase(FieldReader item)
    {
        var title = item.Text("title", required: true);
        var start = item.Date("start");
        var end = item.Date("end");
        item.RequireOrder(start, end, "start", "end");
        var status = item.Enum<PhaseStatus>("status");
        return title is null ? null : new Phase(title, start, end, status);
    }

    private static Measure? BindMeasure(FieldReader item, BindingScope scope)
    {
        var title = item.Text("title", required: true);
        var measure = new Measure(
            title ?? "", item.Enum<MeasureStatus>("status"), item.Text("status_note"), item.Text("owner"), item.Date("due"),
            item.Money("estimate"), item.Text("estimate_by"), item.Date("estimate_date"), item.Money("realised"), item.Text("note"),
            scope.Sources(item));
        return title is null ? null : measure;
    }

    private static Gain? BindGain(FieldReader item)
    {
        var type = item.Enum<GainType>("type", required: true);
        var description = item.Text("description", required: true);
        var gain = new Gain(type ?? default, description ?? "", item.Money("estimate"), item.Date("period"));
        return type is null || description is null ? null : gain;
    }

    private static A3 BindA3(FieldReader a3) =>
        new(a3.Date("date"), a3.Markdown("reason"), a3.Markdown("current"), a3.Markdown("root_causes"), a3.Markdown("target"), a3.Markdown("measurement"));
}
