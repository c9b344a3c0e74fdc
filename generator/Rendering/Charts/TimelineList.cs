using System.Text;
using SiteGen.Model;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// The timeline for a narrow screen: the same rows as the chart as a vertical list. Each subproject (and the programme)
/// with its period and status, then its phases and milestones in date order, each milestone with the chart's shape and
/// its status in words, and the as-of date as a line among them where it falls.
/// </summary>
public sealed class TimelineList(UiStrings strings, DateHtml dates, StatusTag tags)
{
    public string Render(IReadOnlyList<TimelineRow> rows, PartialDate asOf)
    {
        var html = PageBuilder.Take(8192).Append("<ol class=\"timeline-list\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var phases = rows.Skip(i + 1).TakeWhile(r => r.Kind == TimelineRowKind.Phase).ToList();
            i += phases.Count;
            html.Append($"<li class=\"timeline-list__row timeline-list__row--{row.KindKey}\">");
            var title = row.Subproject is null ? HtmlText.Escape(row.Label) : $"<a href=\"{SiteUrls.Subproject(row.Subproject.Slug)}\">{HtmlText.Escape(row.Label)}</a>";
            html.Append($"<p class=\"timeline-list__title\">{title}</p>");
            if (row.Kind != TimelineRowKind.Programme)
            {
                html.Append($"<p class=\"timeline-list__meta\">{dates.Period(row.Start, row.End)} {(row.Status is null ? "" : tags.Html(row.Status))}</p>");
            }

            html.Append(Events(phases, row.Milestones, asOf));
            html.Append("</li>\n");
        }

        return PageBuilder.Finish(html.Append("</ol>\n"));
    }

    private string Events(IReadOnlyList<TimelineRow> phases, IReadOnlyList<Milestone> milestones, PartialDate asOf)
    {
        var events = phases.Select(p => (Date: p.Start ?? p.End, Html: Phase(p)))
            .Concat(milestones.Select(m => (Date: m.Date, Html: Milestone(m, asOf.Start))))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date)
            .ToList();
        if (events.Count == 0)
        {
            return "";
        }

        var html = PageBuilder.Take(2048).Append("<ul class=\"timeline-list__events\">");
        var asOfShown = false;
        foreach (var (date, item) in events)
        {
            if (!asOfShown && date is not null && date.Start > asOf.Start)
            {
                html.Append(AsOf(asOf));
                asOfShown = true;
            }

            html.Append(item);
        }

        if (!asOfShown && events.Any(e => e.Date is not null))
        {
            html.Append(AsOf(asOf));
        }

        return PageBuilder.Finish(html.Append("</ul>"));
    }

    private string Phase(TimelineRow phase)
    {
        var status = phase.Status is null ? "" : " " + tags.Html(phase.Status);
        var overdue = phase.IsOverdue ? $" <span class=\"note-overdue\">{HtmlText.Escape(strings.Text("milestones.phase_overdue"))}</span>" : "";
        return $"<li class=\"timeline-list__phase\">{HtmlText.Escape(phase.Label)}: {dates.Period(phase.Start, phase.End)}{status}{overdue}</li>";
    }

    private string Milestone(Milestone milestone, DateOnly asOf)
    {
        var shape = $"<svg class=\"chart timeline-list__shape\" aria-hidden=\"true\" width=\"18\" height=\"18\" viewBox=\"0 0 18 18\"><g class=\"milestone milestone--{EnumKeys.KeyOf(milestone.Status)}\">{TimelineChart.Marker(milestone.Status, 9, 9)}</g></svg>";
        var overdue = Shaping.Schedule.IsOverdue(milestone, asOf) ? $" <strong class=\"tag tag--overdue\">{HtmlText.Escape(strings.Text("milestones.overdue"))}</strong>" : "";
        return $"<li class=\"timeline-list__milestone\">{shape}{HtmlText.Escape(milestone.Title)}: {dates.Date(milestone.Date)} {tags.Html(milestone.Status)}{overdue}</li>";
    }

    private string AsOf(PartialDate asOf) =>
        $"<li class=\"timeline-list__as-of\">{HtmlText.Escape(strings.Format("timeline_as_of", asOf.Norwegian))}</li>";
}
