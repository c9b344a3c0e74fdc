using Scriban.Runtime;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Rendering.Charts;

namespace SiteGen.Rendering;

/// <summary>The functions templates may call, besides Scriban's builtins; built once per build and shared by all pages.</summary>
public static class TemplateFunctions
{
    /// <param name="openData">The open-data tables the /data/ page documents, as the emit stage defines them.</param>
    public static ScriptObject Create(SiteView site, UiStrings strings, MarkdownCatalog markdown, IEnumerable<object> openData)
    {
        var functions = new ScriptObject
        {
            ["site"] = site,
            ["t"] = strings.Root,
            ["open_data"] = openData.ToList(),
        };
        functions.Import("e", new Func<string?, string>(HtmlText.Escape));
        functions.Import("label", new Func<Enum, string>(strings.Label));
        functions.Import("key", new Func<Enum, string>(EnumKeys.KeyOf));
        functions.Import("markdown", new Func<MarkdownText?, string>(markdown.HtmlOf));
        functions.Import("date", new Func<PartialDate?, string>(d => d?.Norwegian ?? ""));
        functions.Import("money", new Func<Money?, string>(m => m is null ? "" : NorwegianFormat.Money(m)));
        functions.Import("number", new Func<decimal, string>(NorwegianFormat.Number));
        functions.Import("subproject", new Func<string, Subproject?>(site.Subproject));
        functions.Import("update", new Func<string, Update?>(site.Update));
        functions.Import("children", new Func<Subproject, IReadOnlyList<Subproject>>(site.ChildrenOf));
        functions.Import("updates_for", new Func<Subproject, IReadOnlyList<Update>>(site.UpdatesFor));
        functions.Import("messages_for", new Func<Subproject, IReadOnlyList<Message>>(site.MessagesFor));
        functions.Import("messages_of", new Func<Update, IReadOnlyList<Message>>(site.MessagesFor));
        functions.Import("risks_for", new Func<Subproject, IReadOnlyList<Risk>>(site.RisksFor));
        functions.Import("measure_summary_for", new Func<Subproject, MeasureSummary>(site.MeasureSummaryFor));
        functions.Import("with_parts", new Func<Subproject, IReadOnlyList<Subproject>>(site.WithParts));
        functions.Import("message_months_for", new Func<Audience, IReadOnlyList<MessageMonth>>(site.MessageMonthsFor));
        functions.Import("url", new Func<object, string>(item => UrlOf(item, strings)));
        functions.Import("absolute", new Func<string, string>(url => site.BaseUrl + url));

        var timeline = new TimelineChart(strings);
        var goalChart = new GoalChart(strings);
        functions.Import("timeline_svg", new Func<string, IReadOnlyList<Subproject>, bool, string, string>((id, subprojects, withProgramme, title) =>
            timeline.Render(id, subprojects, withProgramme ? site.Programme.Milestones : [], site.AsOf, title)));
        functions.Import("goal_chart", new Func<string, Goal, string>(goalChart.Render));
        functions.Import("risk_matrix", new Func<IReadOnlyList<RiskBand>>(() => RiskMatrix.Build(site.Risks)));
        return functions;
    }

    private static string UrlOf(object item, UiStrings strings) => item switch
    {
        Subproject s => SiteUrls.Subproject(s.Slug),
        Update u => SiteUrls.Update(u.Slug),
        Page p => SiteUrls.Page(p.Slug),
        Audience a => RouteTable.AudienceUrl(strings, a),
        _ => throw new ArgumentException($"No page for {item.GetType().Name}."),
    };
}
