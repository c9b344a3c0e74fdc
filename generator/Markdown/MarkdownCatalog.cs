using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Markdown;

/// <summary>
/// Every Markdown text of the site rendered once, before any page: each problem is reported once,
/// and templates only look the HTML up.
/// </summary>
public sealed class MarkdownCatalog
{
    private readonly Dictionary<MarkdownText, string> _html;

    private MarkdownCatalog(Dictionary<MarkdownText, string> html) => _html = html;

    public static MarkdownCatalog Build(SiteModel site, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        // Texts are independent of each other, so they render on every core; Markdig's pipeline is safe to share.
        var renderer = new MarkdownRenderer();
        var texts = TextsOf(site).DistinctBy<(MarkdownText Text, int Level), MarkdownText>(t => t.Text, ReferenceEqualityComparer.Instance).ToList();
        var html = new string[texts.Count];
        Parallel.For(0, texts.Count, i => html[i] = renderer.Render(texts[i].Text, texts[i].Level, knownUrls, diagnostics));
        return new MarkdownCatalog(texts.Select((t, i) => (t.Text, Html: html[i])).ToDictionary<(MarkdownText Text, string Html), MarkdownText, string>(t => t.Text, t => t.Html, ReferenceEqualityComparer.Instance));
    }

    public string HtmlOf(MarkdownText? text) => text is null ? "" : _html[text];

    /// <summary>Every Markdown field of the model with the heading level its sections start at on the page.</summary>
    private static IEnumerable<(MarkdownText Text, int Level)> TextsOf(SiteModel site)
    {
        var programme = site.Programme;
        IEnumerable<(MarkdownText?, int)> all =
        [
            (programme.Background, 3), (programme.CommunicationPlan, 3),
            .. programme.Goals.Select(g => (g.Description, 4)),
            .. site.Subprojects.SelectMany(s => new (MarkdownText?, int)[]
            {
                (s.Body, 2), (s.Objective, 3), (s.ExpectedResult, 3), (s.Resources, 3), (s.Involved, 3), (s.Involvement, 3),
                (s.A3?.Reason, 4), (s.A3?.Current, 4), (s.A3?.RootCauses, 4), (s.A3?.Target, 4), (s.A3?.Measurement, 4),
            }),
            .. site.Updates.Select(u => (u.Body, 2)),
            .. site.Messages.Select(m => (m.Body, 4)),
            .. site.Risks.Select(r => (r.Measures, 4)),
            (site.RiskRegister?.NotDescribed, 3),
            .. site.Pages.Select(p => (p.Body, 2)),
        ];
        return all.Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.Item2));
    }
}
