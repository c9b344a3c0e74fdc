using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering;

/// <summary>
/// Renders routes through their page template and then the layout, in parallel. Each worker takes one Scriban context
/// from <paramref name="contexts"/> (reset only after a page that failed); templates come parsed from the <see cref="TemplateSet"/>.
/// A mistake in a template that fails many pages (a typo in the layout fails them all) is reported once, at its
/// template line and column, with how many pages it failed and the first of them.
/// </summary>
/// <param name="contexts">Contexts of <paramref name="templates"/> kept from earlier renders; null: new ones.</param>
public sealed class PageRenderer(TemplateSet templates, ScriptObject shared, AbbreviationMarker abbreviations, DiagnosticBag diagnostics, RenderContexts? contexts = null)
{
    private const string Layout = "layout.sbn";

    private readonly PageInspector _inspector = new(diagnostics);
    private readonly RenderContexts _contexts = contexts ?? new RenderContexts(templates);
    private readonly ConcurrentDictionary<(string Code, SourceSpan At, string Message), (int Pages, string FirstUrl)> _failures = new();

    /// <summary>
    /// Renders every route and hands each finished page to <paramref name="keep"/> on the thread that rendered it;
    /// only what <paramref name="keep"/> returns stays in memory (at 10,000 pages the HTML of the whole site is
    /// gigabytes), in the order of the routes. Pages with errors are reported and not handed on.
    /// </summary>
    public IReadOnlyList<T> RenderAll<T>(IReadOnlyList<Route> routes, Func<RenderedPage, T?> keep)
        where T : class
    {
        var results = new T?[routes.Count];
        // One thread per core: each page ends with a short blocking write, and without a limit the thread pool kept
        // adding threads (43 at 10,000 pages), each with a context of its own, all fighting over two cores and the collector.
        Parallel.For(0, routes.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _contexts.Take, (i, _, context) =>
        {
            var page = Render(context, routes[i]);
            results[i] = page is null ? null : keep(page);
            return context;
        }, _contexts.Return);
        ReportFailures();
        return results.OfType<T>().ToList();
    }

    private void Fail(string code, SourceSpan at, string message, string url) =>
        _failures.AddOrUpdate((code, at, message), _ => (1, url), (_, seen) => (seen.Pages + 1, string.CompareOrdinal(url, seen.FirstUrl) < 0 ? url : seen.FirstUrl));

    private void ReportFailures()
    {
        var ordered = _failures.OrderBy(f => f.Key.At.File, StringComparer.Ordinal).ThenBy(f => f.Key.At.Line).ThenBy(f => f.Key.At.Column)
            .ThenBy(f => f.Key.Message, StringComparer.Ordinal);
        foreach (var ((code, at, message), (pages, first)) in ordered)
        {
            diagnostics.Error(code, at, pages == 1 ? $"{message} (while rendering {first})" : $"{message} (on {pages} pages, the first {first})");
        }
    }

    private RenderedPage? Render(TemplateContext context, Route route)
    {
        var body = RenderTemplate(context, route.Template, route, content: null);
        var html = body is null ? null : RenderTemplate(context, Layout, route, new PageContent(abbreviations.Mark(route.Url, body)));
        return html is null ? null : new RenderedPage(route, html, _inspector.Inspect(route.Url, templates.DisplayPathOf(route.Template), html));
    }

    private string? RenderTemplate(TemplateContext context, string name, Route route, PageContent? content)
    {
        var template = templates.Find(name);
        if (template is null)
        {
            Fail(DiagnosticCodes.TemplateMissing, SourceSpan.AtFile(name), $"The template {name} is missing", route.Url);
            return null;
        }

        var page = new ScriptObject { ["page"] = route, ["content"] = content ?? PageContent.None };
        context.PushGlobal(shared);
        context.PushGlobal(page);
        try
        {
            var html = template.Render(context);
            // Popping the page's globals drops whatever its templates assigned; the context's caches stay for the next page.
            context.PopGlobal();
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            Fail(DiagnosticCodes.TemplateRuntime, templates.SpanOf(e.Span.FileName ?? name, e.Span), e.OriginalMessage, route.Url);
            Recover(context);
            return null;
        }
        catch (InvalidOperationException e)
        {
            Fail(DiagnosticCodes.TemplateRuntime, SourceSpan.AtFile(name), e.Message, route.Url);
            Recover(context);
            return null;
        }
    }

    /// <summary>
    /// A failed render can leave loops, scopes and output behind; Reset clears them. It is not done after every page
    /// because it also empties the context's caches: rebuilding the member accessors of every page model type by
    /// reflection, page after page, was a large part of rendering.
    /// </summary>
    private static void Recover(TemplateContext context) => context.Reset();
}
