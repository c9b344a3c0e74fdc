using System.Collections.Concurrent;
using Scriban;

namespace SiteGen.Rendering;

/// <summary>
/// The Scriban contexts pages of one template set are rendered in, each used by one thread at a time and handed back
/// for the next page. A new context finds the members of every page model type by reflection again, so a preview
/// session keeps these for its next steps while the templates are the same (the context also caches the partials it loaded).
/// </summary>
public sealed class RenderContexts(TemplateSet templates)
{
    private readonly ConcurrentBag<TemplateContext> _idle = [];

    public TemplateSet Templates => templates;

    internal TemplateContext Take() => _idle.TryTake(out var context) ? context : New();

    internal void Return(TemplateContext context) => _idle.Add(context);

    private TemplateContext New() => new()
    {
        // A misspelt name or member (page.titel), or a member of nothing, is an error at its template line and
        // column instead of an empty string on the page.
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        EnableRelaxedTargetAccess = false,
        LoopLimit = 1_000_000,
        // Scriban cuts any text of a million characters or more, and a page at that length, with "...": a long
        // Markdown file would have been published cut off without a word.
        LimitToString = 0,
        RecursiveLimit = 200,
        NewLine = "\n",
        TemplateLoader = templates,
    };
}
