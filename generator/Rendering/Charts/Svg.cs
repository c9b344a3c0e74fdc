using System.Globalization;
using System.Text;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering.Charts;

/// <summary>Small helpers for writing SVG by hand: invariant numbers and escaped text.</summary>
internal static class Svg
{
    /// <summary>A coordinate; NaN or infinity would make browsers drop the shape silently, so it is a bug to ask for one.</summary>
    public static string N(double value) =>
        double.IsFinite(value) ? Math.Round(value, 1).ToString(CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"An SVG coordinate came out as {value}; every chart must compute finite coordinates.");

    public static string Text(string text) => HtmlText.Escape(text);

    /// <summary>
    /// Shortens a label to fit a fixed width by cutting its middle at word breaks, so labels that differ only at the end
    /// ("… i Trondheim", "… i Levanger") stay different; the full text stays in the element's &lt;title&gt;.
    /// </summary>
    public static string Fit(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var headLength = maxChars * 3 / 5;
        var tailLength = maxChars - headLength - 1;
        var head = text[..headLength];
        var tail = text[^tailLength..];
        var headBreak = head.LastIndexOf(' ');
        var tailBreak = tail.IndexOf(' ');
        head = headBreak > headLength / 2 ? head[..headBreak] : head;
        tail = tailBreak >= 0 && tailBreak <= tailLength * 2 / 3 ? tail[(tailBreak + 1)..] : tail;
        return head.TrimEnd() + "…" + tail.TrimStart();
    }

    public static StringBuilder Open(string id, double width, double height, string title, string description, string? modifier = null)
    {
        // The thread's reused builder: a chart is drawn for every subproject page, and a new builder grew block by block.
        var svg = PageBuilder.Take(8192);
        id = Text(id);
        svg.Append($"<svg class=\"chart{(modifier is null ? "" : " " + modifier)}\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append($"<title id=\"{id}-title\">{Text(title)}</title>\n<desc id=\"{id}-desc\">{Text(description)}</desc>\n");
        return svg;
    }
}
