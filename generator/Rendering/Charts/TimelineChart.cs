using System.Text;
using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// The timeline as inline SVG: one row per subproject (parts indented under their parent) with its period,
/// a thinner row per phase, milestones as markers whose shape tells their status, a quarter grid over the
/// years the content spans, and a line at the as-of date. Templates put a table of the same data beside it.
/// </summary>
public sealed class TimelineChart(UiStrings strings)
{
    private const double LabelWidth = 280;
    private const double QuarterWidth = 36;
    private const double RowHeight = 30;
    private const double PhaseHeight = 22;
    private const double HeaderHeight = 44;
    private const double LegendHeight = 40;

    public string Render(string id, IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones, PartialDate asOf, string title)
    {
        var dates = subprojects.SelectMany(DatesOf).Concat(programmeMilestones.Select(m => m.Date)).OfType<PartialDate>().ToList();
        if (dates.Count == 0)
        {
            return "";
        }

        var firstYear = dates.Min(d => d.Start.Year);
        var lastYear = dates.Max(d => d.End.Year);
        var rows = RowsOf(subprojects, programmeMilestones);
        var height = HeaderHeight + rows.Sum(r => r.Height) + LegendHeight;
        var width = LabelWidth + (lastYear - firstYear + 1) * 4 * QuarterWidth + 10;
        double X(DateOnly day) =>
            LabelWidth + ((day.Year - firstYear) * 4 + (day.Month - 1) / 3) * QuarterWidth
            + QuarterWidth * (day.DayNumber - QuarterStart(day).DayNumber) / (QuarterStart(day).AddMonths(3).DayNumber - QuarterStart(day).DayNumber);

        var description = strings.Format("timeline_description", firstYear.ToString(), lastYear.ToString(), asOf.Norwegian);
        var svg = Svg.Open(id, width, height, title, description);
        DrawGrid(svg, firstYear, lastYear, height - LegendHeight);

        var y = HeaderHeight;
        foreach (var row in rows)
        {
            DrawRow(svg, row, y, X);
            y += row.Height;
        }

        if (asOf.Start.Year >= firstYear && asOf.Start.Year <= lastYear)
        {
            var x = Svg.N(X(asOf.Start));
            // Near the right edge the label ends at the line, so it is not cut off.
            var anchor = X(asOf.Start) > width - 100 ? "end" : "middle";
            svg.Append($"<g class=\"as-of\"><line x1=\"{x}\" y1=\"{Svg.N(HeaderHeight - 6)}\" x2=\"{x}\" y2=\"{Svg.N(height - LegendHeight)}\"/>");
            svg.Append($"<text x=\"{x}\" y=\"{Svg.N(height - LegendHeight + 14)}\" text-anchor=\"{anchor}\">{Svg.Text(strings.Format("timeline_as_of", asOf.Norwegian))}</text></g>\n");
        }

        DrawLegend(svg, height - LegendHeight + 30);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private sealed record Row(string Label, string Kind, double Height, PartialDate? Start, PartialDate? End, string? Status, IReadOnlyList<Milestone> Milestones);

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    private static IEnumerable<PartialDate?> DatesOf(Subproject s) =>
        new[] { s.Start, s.End }.Concat(s.Phases.SelectMany(p => new[] { p.Start, p.End })).Concat(s.Milestones.Select(m => m.Date));

    private List<Row> RowsOf(IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones)
    {
        var rows = new List<Row>();
        if (programmeMilestones.Count > 0)
        {
            rows.Add(new Row(strings.Text("timeline_programme_row"), "programme", RowHeight, null, null, null, programmeMilestones));
        }

        var children = subprojects.Where(s => s.Parent is not null).ToLookup(s => s.Parent!);
        foreach (var subproject in subprojects.Where(s => s.Parent is null || !subprojects.Any(p => p.Slug == s.Parent)))
        {
            AddSubproject(rows, subproject, "subproject");
            foreach (var child in children[subproject.Slug])
            {
                AddSubproject(rows, child, "part");
            }
        }

        return rows;
    }

    private void AddSubproject(List<Row> rows, Subproject subproject, string kind)
    {
        rows.Add(new Row(subproject.Title, kind, RowHeight, subproject.Start, subproject.End, EnumKeyOf(subproject.Status), subproject.Milestones));
        rows.AddRange(subproject.Phases.Select(p => new Row(p.Title, "phase", PhaseHeight, p.Start, p.End, p.Status is null ? null : EnumKeyOf(p.Status.Value), [])));
    }

    private static string EnumKeyOf(Enum value) => EnumKeys.KeyOf(value);

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

    private void DrawRow(StringBuilder svg, Row row, double y, Func<DateOnly, double> x)
    {
        var middle = y + row.Height / 2;
        var indent = row.Kind switch { "part" => 14, "phase" => 28, _ => 4 };
        var maxChars = row.Kind == "phase" ? 38 : 40 - indent / 7;
        svg.Append($"<g class=\"row row--{row.Kind}\">");
        var label = $"<text class=\"label\" x=\"{indent}\" y=\"{Svg.N(middle + 5)}\"><title>{Svg.Text(row.Label)}</title>{Svg.Text(Svg.Fit(row.Label, maxChars))}</text>";
        // No links inside: an image must not hold focusable parts; the table beside the chart links each subproject.
        svg.Append(label);

        // A period is drawn only when both ends are known; with one end missing a bar would claim a length the source does not give.
        if (row.Start is not null && row.End is not null)
        {
            var start = x(row.Start.Start);
            var end = x(row.End.End.AddDays(1));
            var barHeight = row.Kind == "phase" ? 10 : 14;
            svg.Append($"<rect class=\"bar bar--{row.Status ?? "unknown"}\" x=\"{Svg.N(start)}\" y=\"{Svg.N(middle - barHeight / 2.0)}\" width=\"{Svg.N(Math.Max(end - start, 3))}\" height=\"{barHeight}\" rx=\"3\"/>");
        }

        foreach (var milestone in row.Milestones.Where(m => m.Date is not null))
        {
            var mx = (x(milestone.Date!.Start) + x(milestone.Date.End.AddDays(1))) / 2;
            var status = EnumKeys.KeyOf(milestone.Status);
            var tip = $"{milestone.Title} – {milestone.Date.Norwegian} – {strings.Label(milestone.Status)}";
            svg.Append($"<g class=\"milestone milestone--{status}\"><title>{Svg.Text(tip)}</title>{Marker(milestone.Status, mx, middle)}</g>");
        }

        svg.Append("</g>\n");
    }

    /// <summary>Each status has its own shape, so it is not told by colour alone.</summary>
    private static string Marker(MilestoneStatus status, double x, double y) => status switch
    {
        MilestoneStatus.Done => $"<path d=\"M{Svg.N(x)} {Svg.N(y - 8)} L{Svg.N(x + 8)} {Svg.N(y)} L{Svg.N(x)} {Svg.N(y + 8)} L{Svg.N(x - 8)} {Svg.N(y)} Z\"/>",
        MilestoneStatus.Delayed => $"<path d=\"M{Svg.N(x)} {Svg.N(y - 8)} L{Svg.N(x + 8)} {Svg.N(y + 7)} L{Svg.N(x - 8)} {Svg.N(y + 7)} Z\"/>",
        MilestoneStatus.Cancelled => $"<path d=\"M{Svg.N(x - 6)} {Svg.N(y - 6)} L{Svg.N(x + 6)} {Svg.N(y + 6)} M{Svg.N(x + 6)} {Svg.N(y - 6)} L{Svg.N(x - 6)} {Svg.N(y + 6)}\"/>",
        _ => $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"6\"/>",
    };

    private void DrawLegend(StringBuilder svg, double y)
    {
        svg.Append("<g class=\"legend\">");
        var x = 10.0;
        foreach (var status in Enum.GetValues<MilestoneStatus>())
        {
            var label = strings.Label(status);
            svg.Append($"<g class=\"milestone milestone--{EnumKeys.KeyOf(status)}\">{Marker(status, x + 8, y - 4)}</g>");
            svg.Append($"<text x=\"{Svg.N(x + 20)}\" y=\"{Svg.N(y + 1)}\">{Svg.Text(label)}</text>");
            x += 30 + label.Length * 8;
        }

        svg.Append("</g>\n");
    }
}
