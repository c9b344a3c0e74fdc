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
        var renderer = new MarkdownRenderer();
        var html = new Dictionary<MarkdownText, string>(ReferenceEqualityComparer.Instance);
        foreach (var (text, level) in TextsOf(site))
        {
            html.TryAdd(text, renderer.Render(text, level, knownUrls, diagnostics));
        }

        return new MarkdownCatalog(html);
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
            .. site.Pages.Select(p => (p.Body, 2)),
        ];
        return all.Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.Item2));
    }
}
