using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Markdown;

/// <summary>
/// Every Markdown text of the site rendered once, before any page: each problem is reported once,
/// and templates only look the HTML up.
/// </summary>
public sealed class MarkdownCatalog
{
    /// <summary>The texts the pages a thread rendered used since it last asked; only while a preview session records them.</summary>
    [ThreadStatic]
    private static List<MarkdownUse>? t_used;

    private readonly Dictionary<MarkdownText, string> _html;
    private readonly bool _recordUses;

    private MarkdownCatalog(Dictionary<MarkdownText, string> html, bool recordUses)
    {
        _html = html;
        _recordUses = recordUses;
    }

    /// <param name="reuse">A preview session's Markdown from its previous step: unchanged texts are not rendered again,
    /// and the catalog records which texts each page uses (<see cref="TakeUsed"/>).</param>
    public static MarkdownCatalog Build(SiteModel site, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics, RenderedMarkdown? reuse = null)
    {
        // Texts are independent of each other, so they render on every core; Markdig's pipeline is safe to share.
        var renderer = new MarkdownRenderer();
        var texts = TextsOf(site).DistinctBy<(MarkdownText Text, int Level), MarkdownText>(t => t.Text, ReferenceEqualityComparer.Instance).ToList();
        var html = new string[texts.Count];
        Parallel.For(0, texts.Count, i => html[i] = reuse is null
            ? renderer.Render(texts[i].Text, texts[i].Level, knownUrls, diagnostics)
            : reuse.Render(renderer, texts[i].Text, texts[i].Level, knownUrls, diagnostics));
        reuse?.Finish();
        return new MarkdownCatalog(texts.Select((t, i) => (t.Text, Html: html[i])).ToDictionary<(MarkdownText Text, string Html), MarkdownText, string>(t => t.Text, t => t.Html, ReferenceEqualityComparer.Instance), reuse is not null);
    }

    public string HtmlOf(MarkdownText? text)
    {
        if (text is null)
        {
            return "";
        }

        var html = _html[text];
        if (_recordUses)
        {
            (t_used ??= []).Add(new MarkdownUse(text, html));
        }

        return html;
    }

    /// <summary>The texts the page just rendered on this thread used, for a preview session to tell later whether they changed.</summary>
    public static IReadOnlyList<MarkdownUse> TakeUsed()
    {
        var used = t_used ?? [];
        t_used = null;
        return used;
    }

    /// <summary>
    /// Whether a text a page used is still there and renders as it did. A text is the same object as long as its file
    /// is unchanged; a text of a file saved again counts as changed, and the few pages that show it are rendered again.
    /// </summary>
    public bool Unchanged(MarkdownUse use) =>
        _recordUses && _html.TryGetValue(use.Text, out var html) && string.Equals(html, use.Html, StringComparison.Ordinal);

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

/// <summary>A Markdown text a page showed, and the HTML it had.</summary>
public sealed record MarkdownUse(MarkdownText Text, string Html);
