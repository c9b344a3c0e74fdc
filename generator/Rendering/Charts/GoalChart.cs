using SiteGen.Model;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering.Charts;

/// <summary>A goal's reported values as bars against a line at its target; nothing when no values are reported yet.</summary>
public sealed class GoalChart(UiStrings strings)
{
    private const double Width = 560;
    private const double Height = 240;
    private const double Left = 70;
    private const double Bottom = 200;
    private const double Top = 20;

    public string Render(string id, Goal goal)
    {
        if (goal.Values.Length == 0)
        {
            return "";
        }

        // The scale runs from the lowest to the highest of zero, the target and every value, so a negative value
        // (a net operating deficit, say) is a bar below the zero line, and a zero target still gives a scale.
        var numbers = goal.Values.Select(v => (double)v.Value).Append((double)goal.Target).Append(0).ToList();
        var (low, high) = (numbers.Min(), numbers.Max());
        var padding = (high - low) * 0.15;
        (low, high) = (low < 0 ? low - padding : 0, high > 0 ? high + padding : 1);
        double Y(decimal value) => Bottom - (Bottom - Top) * ((double)value - low) / (high - low);
        var zero = Y(0);
        var slot = (Width - Left - 10) / goal.Values.Length;
        var unit = strings.Label(goal.Unit);
        var description = strings.Format("goal_chart_description",
            string.Join("; ", goal.Values.Select(v => $"{v.Date.Norwegian}: {NorwegianFormat.Number(v.Value)} {unit}")),
            strings.Label(goal.Comparison), NorwegianFormat.Number(goal.Target), unit);

        var svg = Svg.Open(id, Width, Height, goal.Title, description);
        svg.Append($"<line class=\"axis\" x1=\"{Svg.N(Left)}\" y1=\"{Svg.N(zero)}\" x2=\"{Svg.N(Width - 5)}\" y2=\"{Svg.N(zero)}\"/>\n");
        for (var i = 0; i < goal.Values.Length; i++)
        {
            var value = goal.Values[i];
            var x = Left + i * slot + slot * 0.2;
            var y = Y(value.Value);
            svg.Append($"<rect class=\"value\" x=\"{Svg.N(x)}\" y=\"{Svg.N(Math.Min(y, zero))}\" width=\"{Svg.N(slot * 0.6)}\" height=\"{Svg.N(Math.Abs(zero - y))}\"/>");
            svg.Append($"<text x=\"{Svg.N(x + slot * 0.3)}\" y=\"{Svg.N(value.Value < 0 ? y + 14 : y - 4)}\" text-anchor=\"middle\">{Svg.Text(NorwegianFormat.Number(value.Value))}</text>");
            svg.Append($"<text x=\"{Svg.N(x + slot * 0.3)}\" y=\"{Svg.N(Bottom + 18)}\" text-anchor=\"middle\">{Svg.Text(value.Date.Norwegian)}</text>\n");
        }

        var target = Svg.N(Y(goal.Target));
        svg.Append($"<line class=\"target\" x1=\"{Svg.N(Left)}\" y1=\"{target}\" x2=\"{Svg.N(Width - 5)}\" y2=\"{target}\"/>");
        svg.Append($"<text class=\"target-label\" x=\"{Svg.N(Left - 6)}\" y=\"{Svg.N(Y(goal.Target) + 4)}\" text-anchor=\"end\">{Svg.Text(strings.Format("goal_chart_target", NorwegianFormat.Number(goal.Target)))}</text>\n");
        svg.Append("</svg>");
        return PageBuilder.Finish(svg);
    }
}
