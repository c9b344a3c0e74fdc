using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Dates and periods as the site shows them: a day or month as <c>&lt;time&gt;</c>, coarser dates as text, and a
/// missing end said in words. One rule for the templates (through <c>date_html</c> and <c>period_html</c>) and the charts.
/// </summary>
public sealed class DateHtml(UiStrings strings)
{
    public string Date(PartialDate? date) => date switch
    {
        null => Unset(strings.Text("not_set")),
        { Precision: DatePrecision.Day or DatePrecision.Month } => $"<time datetime=\"{date.Iso}\">{date.Norwegian}</time>",
        _ => $"<span class=\"date\">{date.Norwegian}</span>",
    };

    public string Period(PartialDate? start, PartialDate? end) => (start, end) switch
    {
        (null, null) => Date(null),
        ({ } s, { } e) when s == e => Date(s),
        ({ } s, { } e) => Date(s) + strings.Text("period_dash") + Date(e),
        ({ } s, null) => Date(s) + strings.Text("period_dash") + Unset(strings.Text("period_end_not_set")),
        (null, { } e) => Unset(strings.Text("period_start_not_set")) + strings.Text("period_dash") + Date(e),
    };

    private static string Unset(string text) => $"<span class=\"unset\">{HtmlText.Escape(text)}</span>";
}
