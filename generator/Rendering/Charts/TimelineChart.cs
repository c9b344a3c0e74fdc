using System.Text;
using SiteGen.Model;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// The timeline, twice from the same rows: a vertical list for narrow screens (<see cref="TimelineList"/>), and inline
/// SVG for wider ones, with one row per subproject (parts indented under their parent) with its period, a thinner row
/// per phase, milestones as markers whose shape tells their status (several close together as one numbered marker),
/// "!" at what has passed its date without a new status, a quarter grid over the years the content spans and a line at
/// the as-of date; under both a legend for bars and shapes. Templates put a table of the same data beside it.
/// </summary>
public sealed class TimelineChart(UiStrings strings)
{
    private readonly TimelineList _list = new(strings, new DateHtml(strings), new StatusTag(strings));

    /// <summary>The same for every chart of the site, so made once; threads racing to make it make the same text.</summary>
    private string? _legend;

    private const double LabelWidth = 280;
    private const double QuarterWidth = 36;
    private const double RowHeight = 30;
    private const double PhaseHeight = 22;
    private const double HeaderHeight = 44;
    private const double LegendHeight = 24;
    private const double MarkerWidth = 18;

    public string Render(string id, IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones, PartialDate asOf, string title)
    {
        var rows = Rows(subprojects, programmeMilestones, asOf);
        var dated = Dated(rows);
        if (dated.Count == 0)
        {
            return "";
        }

        return _list.Render(rows, asOf) + Chart(id, rows, dated, asOf, title) + (_legend ??= Legend());
    }

    /// <summary>The chart of <see cref="Render"/>, made when a template prints it; null when nothing in it has a date.</summary>
    public DeferredHtml? Deferred(string id, IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones, PartialDate asOf, string title) =>
        Dated(Rows(subprojects, programmeMilestones, asOf)).Count == 0 ? null : new DeferredHtml([id, subprojects, programmeMilestones, asOf, title], () => Render(id, subprojects, programmeMilestones, asOf, title));

    private List<TimelineRow> Rows(IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones, PartialDate asOf) =>
        TimelineRow.Of(subprojects, programmeMilestones, strings.Text("timeline_programme_row"), asOf.Start);

    private static List<PartialDate> Dated(List<TimelineRow> rows) =>
        rows.SelectMany(r => new[] { r.Start, r.End }.Concat(r.Milestones.Select(m => m.Date))).OfType<PartialDate>().ToList();

    private string Chart(string id, List<TimelineRow> rows, List<PartialDate> dated, PartialDate asOf, string title)
    {
        var firstYear = dated.Min(d => d.Start.Year);
        var lastYear = dated.Max(d => d.End.Year);
        var height = HeaderHeight + rows.Sum(HeightOf) + LegendHeight;
        var width = LabelWidth + (lastYear - firstYear + 1) * 4 * QuarterWidth + 10;
        double X(DateOnly day) =>
            LabelWidth + ((day.Year - firstYear) * 4 + (day.Month - 1) / 3) * QuarterWidth
            + QuarterWidth * (day.DayNumber - QuarterStart(day).DayNumber) / (QuarterStart(day).AddMonths(3).DayNumber - QuarterStart(day).DayNumber);

        var description = strings.Format("timeline_description", firstYear.ToString(), lastYear.ToString(), asOf.Norwegian);
        var svg = Svg.Open(id, width, height, title, description, "chart--timeline");
        DrawGrid(svg, firstYear, lastYear, height - LegendHeight);

        var labels = DistinctLabels(rows);
        var y = HeaderHeight;
        for (var i = 0; i < rows.Count; i++)
        {
            DrawRow(svg, rows[i], labels[i], y, X, asOf.Start);
            y += HeightOf(rows[i]);
        }

        if (asOf.Start.Year >= firstYear && asOf.Start.Year <= lastYear)
        {
            var x = Svg.N(X(asOf.Start));
            // Near the right edge the label ends at the line, so it is not cut off.
            var anchor = X(asOf.Start) > width - 100 ? "end" : "middle";
            svg.Append($"<g class=\"as-of\"><line x1=\"{x}\" y1=\"{Svg.N(HeaderHeight - 6)}\" x2=\"{x}\" y2=\"{Svg.N(height - LegendHeight)}\"/>");
            svg.Append($"<text x=\"{x}\" y=\"{Svg.N(height - LegendHeight + 14)}\" text-anchor=\"{anchor}\">{Svg.Text(strings.Format("timeline_as_of", asOf.Norwegian))}</text></g>\n");
        }

        svg.Append("</svg>\n");
        return PageBuilder.Finish(svg);
    }

    private static double HeightOf(TimelineRow row) => row.Kind == TimelineRowKind.Phase ? PhaseHeight : RowHeight;

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    /// <summary>Labels shortened to fit the label column, but never so that two different rows read the same.</summary>
    private static List<string> DistinctLabels(List<TimelineRow> rows)
    {
        int Budget(TimelineRow row) => row.Kind == TimelineRowKind.Phase ? 38 : row.Kind == TimelineRowKind.Part ? 38 : 40;
        var labels = rows.Select(r => Svg.Fit(r.Label, Budget(r))).ToList();
        for (var extra = 6; extra <= 60; extra += 6)
        {
            var clashes = labels.Select((label, i) => (label, i)).GroupBy(x => x.label).Where(g => g.Select(x => rows[x.i].Label).Distinct().Count() > 1).SelectMany(g => g).ToList();
            if (clashes.Count == 0)
            {
                break;
            }

            foreach (var (_, i) in clashes)
            {
                labels[i] = Svg.Fit(rows[i].Label, Budget(rows[i]) + extra);
            }
        }

        return labels;
    }

    private void DrawGrid(StringBuilder svg, int firstYear, int lastYear, double bottom)
    {
        svg.Append("<g class=\"grid\">");
        for (var year = firstYear; year <= lastYear; year++)
        {
            var x0 = LabelWidth + (year - firstYear) * 4 * QuarterWidth;
            svg.Append($"<text class=\"year\" x=\"{Svg.N(x0 + 2 * QuarterWidth)}\" y=\"16\" text-anchor=\"middle\">{year}</text>");
            for (var quarter = 0; quarter < 4; quarter++)
            {
                var x = x0 + quarter * QuarterWidth;
                svg.Append($"<line class=\"{(quarter == 0 ? "year-line" : "quarter-line")}\" x1=\"{Svg.N(x)}\" y1=\"22\" x2=\"{Svg.N(x)}\" y2=\"{Svg.N(bottom)}\"/>");
                svg.Append($"<text class=\"quarter\" x=\"{Svg.N(x + QuarterWidth / 2)}\" y=\"36\" text-anchor=\"middle\">{Svg.Text(strings.Format("timeline_quarter", (quarter + 1).ToString()))}</text>");
            }
        }

        svg.Append("</g>\n");
    }

    private void DrawRow(StringBuilder svg, TimelineRow row, string label, double y, Func<DateOnly, double> x, DateOnly asOf)
    {
        var middle = y + HeightOf(row) / 2;
        var indent = row.Kind switch { TimelineRowKind.Part => 14, TimelineRowKind.Phase => 28, _ => 4 };
        svg.Append($"<g class=\"row row--{row.KindKey}\">");
        // No links inside: an image must not hold focusable parts; the table beside the chart links each subproject.
        svg.Append($"<text class=\"label\" x=\"{indent}\" y=\"{Svg.N(middle + 5)}\"><title>{Svg.Text(row.Label)}</title>{Svg.Text(label)}</text>");

        // A period is drawn only when both ends are known; with one end missing a bar would claim a length the source does not give.
        if (row.Start is not null && row.End is not null)
        {
            var start = x(row.Start.Start);
            var end = x(row.End.End.AddDays(1));
            var barHeight = row.Kind == TimelineRowKind.Phase ? 10 : 14;
            var status = row.Status is null ? "unknown" : EnumKeys.KeyOf(row.Status);
            svg.Append($"<rect class=\"bar bar--{status}\" x=\"{Svg.N(start)}\" y=\"{Svg.N(middle - barHeight / 2.0)}\" width=\"{Svg.N(Math.Max(end - start, 3))}\" height=\"{barHeight}\" rx=\"3\"/>");
            if (row.IsOverdue)
            {
                svg.Append(OverdueMark(end + 3, middle, strings.Text("milestones.phase_overdue")));
            }
        }

        foreach (var group in Groups(row.Milestones, x))
        {
            var (mx, milestones) = group;
            var tips = milestones.Select(m => Tip(m, asOf)).ToList();
            if (milestones.Count == 1)
            {
                var status = EnumKeys.KeyOf(milestones[0].Status);
                svg.Append($"<g class=\"milestone milestone--{status}\"><title>{Svg.Text(tips[0])}</title>{Marker(milestones[0].Status, mx, middle)}</g>");
            }
            else
            {
                svg.Append($"<g class=\"milestone milestone--group\"><title>{Svg.Text(string.Join("\n", tips))}</title>{GroupMarker(milestones.Count, mx, middle)}</g>");
            }

            if (milestones.Any(m => Shaping.Schedule.IsOverdue(m, asOf)))
            {
                svg.Append(OverdueMark(mx + MarkerWidth / 2 + 1, middle, null));
            }
        }

        svg.Append("</g>\n");
    }

    private string Tip(Milestone milestone, DateOnly asOf) =>
        $"{milestone.Title} – {milestone.Date!.Norwegian} – {strings.Label(milestone.Status)}"
        + (Shaping.Schedule.IsOverdue(milestone, asOf) ? " – " + strings.Text("milestones.overdue") : "");

    /// <summary>Dated milestones by position, those closer together than one marker drawn as one group.</summary>
    private static List<(double X, List<Milestone> Milestones)> Groups(IReadOnlyList<Milestone> milestones, Func<DateOnly, double> x)
    {
        var groups = new List<(double X, List<Milestone> Milestones)>();
        foreach (var (position, milestone) in milestones.Where(m => m.Date is not null)
            .Select(m => ((x(m.Date!.Start) + x(m.Date.End.AddDays(1))) / 2, m)).OrderBy(p => p.Item1))
        {
            if (groups.Count > 0 && position - groups[^1].Milestones.Max(m => (x(m.Date!.Start) + x(m.Date.End.AddDays(1))) / 2) < MarkerWidth)
            {
                groups[^1].Milestones.Add(milestone);
                groups[^1] = (groups[^1].Milestones.Average(m => (x(m.Date!.Start) + x(m.Date.End.AddDays(1))) / 2), groups[^1].Milestones);
            }
            else
            {
                groups.Add((position, [milestone]));
            }
        }

        return groups;
    }

    /// <summary>Each status has its own shape, so it is not told by colour alone.</summary>
    internal static string Marker(MilestoneStatus status, double x, double y) => status switch
    {
        MilestoneStatus.Done => $"<path d=\"M{Svg.N(x)} {Svg.N(y - 8)} L{Svg.N(x + 8)} {Svg.N(y)} L{Svg.N(x)} {Svg.N(y + 8)} L{Svg.N(x - 8)} {Svg.N(y)} Z\"/>",
        MilestoneStatus.Delayed => $"<path d=\"M{Svg.N(x)} {Svg.N(y - 8)} L{Svg.N(x + 8)} {Svg.N(y + 7)} L{Svg.N(x - 8)} {Svg.N(y + 7)} Z\"/>",
        MilestoneStatus.Cancelled => $"<path d=\"M{Svg.N(x - 6)} {Svg.N(y - 6)} L{Svg.N(x + 6)} {Svg.N(y + 6)} M{Svg.N(x + 6)} {Svg.N(y - 6)} L{Svg.N(x - 6)} {Svg.N(y + 6)}\"/>",
        _ => $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"6\"/>",
    };

    private static string GroupMarker(int count, double x, double y) =>
        $"<rect x=\"{Svg.N(x - 9)}\" y=\"{Svg.N(y - 9)}\" width=\"18\" height=\"18\" rx=\"4\"/><text x=\"{Svg.N(x)}\" y=\"{Svg.N(y + 4)}\" text-anchor=\"middle\">{count}</text>";

    private static string OverdueMark(double x, double y, string? title) =>
        $"<text class=\"overdue-mark\" x=\"{Svg.N(x)}\" y=\"{Svg.N(y + 5)}\">{(title is null ? "" : $"<title>{Svg.Text(title)}</title>")}!</text>";

    /// <summary>
    /// The key to the chart as HTML under it, so it wraps on any width: each bar colour and each milestone shape with
    /// its word, the numbered group and "!".
    /// </summary>
    private string Legend()
    {
        static string Swatch(string shape) => $"<svg class=\"chart legend-swatch\" aria-hidden=\"true\" width=\"24\" height=\"18\" viewBox=\"0 0 24 18\">{shape}</svg>";
        string Item(string shape, string label) => $"<li>{Swatch(shape)}{Svg.Text(label)}</li>";

        var html = new StringBuilder("<div class=\"chart-legend\">");
        html.Append($"<p class=\"chart-legend__heading\">{Svg.Text(strings.Text("timeline_legend_bars"))}</p><ul class=\"chart-legend__items\">");
        foreach (var (key, label) in Enum.GetValues<SubprojectStatus>().Select(s => (EnumKeys.KeyOf(s), strings.Label(s))).Append(("unknown", strings.Text("timeline_legend_unknown"))))
        {
            html.Append(Item($"<rect class=\"bar bar--{key}\" x=\"1\" y=\"3\" width=\"22\" height=\"12\" rx=\"3\"/>", label));
        }

        html.Append($"</ul><p class=\"chart-legend__heading\">{Svg.Text(strings.Text("timeline_legend_milestones"))}</p><ul class=\"chart-legend__items\">");
        foreach (var status in Enum.GetValues<MilestoneStatus>())
        {
            html.Append(Item($"<g class=\"milestone milestone--{EnumKeys.KeyOf(status)}\">{Marker(status, 12, 9)}</g>", strings.Label(status)));
        }

        html.Append(Item($"<g class=\"milestone milestone--group\">{GroupMarker(2, 12, 9)}</g>", strings.Text("timeline_legend_group")));
        html.Append(Item(OverdueMark(8, 8, null), strings.Text("timeline_legend_overdue")));
        html.Append("</ul></div>\n");
        return html.ToString();
    }
}
