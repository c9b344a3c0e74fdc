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
        var texts = TextsOf(site);
        var html = new string[texts.Count];
        if (reuse is null)
        {
            Parallel.For(0, texts.Count, i => html[i] = renderer.Render(texts[i].Text, texts[i].Level, knownUrls, diagnostics));
        }
        else
        {
            reuse.RenderAll(renderer, texts, html, knownUrls, diagnostics);
        }

        var byText = new Dictionary<MarkdownText, string>(texts.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < texts.Count; i++)
        {
            byText[texts[i].Text] = html[i];
        }

        return new MarkdownCatalog(byText, reuse is not null);
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

    /// <summary>Every Markdown field of the model, each text once, with the heading level its sections start at on the page.</summary>
    private static List<(MarkdownText Text, int Level)> TextsOf(SiteModel site)
    {
        var texts = new List<(MarkdownText Text, int Level)>(4 * site.Subprojects.Length + site.Updates.Length + site.Messages.Length + site.Risks.Length + 16);
        var seen = new HashSet<MarkdownText>(texts.Capacity, ReferenceEqualityComparer.Instance);
        void Add(MarkdownText? text, int level)
        {
            if (text is not null && seen.Add(text))
            {
                texts.Add((text, level));
            }
        }

        var programme = site.Programme;
        Add(programme.Background, 3);
        Add(programme.CommunicationPlan, 3);
        foreach (var goal in programme.Goals)
        {
            Add(goal.Description, 4);
        }

        foreach (var s in site.Subprojects)
        {
            Add(s.Body, 2);
            Add(s.Objective, 3);
            Add(s.ExpectedResult, 3);
            Add(s.Resources, 3);
            Add(s.Involved, 3);
            Add(s.Involvement, 3);
            Add(s.A3?.Reason, 4);
            Add(s.A3?.Current, 4);
            Add(s.A3?.RootCauses, 4);
            Add(s.A3?.Target, 4);
            Add(s.A3?.Measurement, 4);
        }

        foreach (var update in site.Updates)
        {
            Add(update.Body, 2);
        }

        foreach (var message in site.Messages)
        {
            Add(message.Body, 4);
        }

        foreach (var risk in site.Risks)
        {
            Add(risk.Measures, 4);
        }

        Add(site.RiskRegister?.NotDescribed, 3);
        foreach (var page in site.Pages)
        {
            Add(page.Body, 2);
        }

        return texts;
    }
}

/// <summary>A Markdown text a page showed, and the HTML it had.</summary>
public sealed record MarkdownUse(MarkdownText Text, string Html);
