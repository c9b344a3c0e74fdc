using SiteGen.Emit;
using SiteGen.Markdown;
using SiteGen.Rendering;

namespace SiteGen.Build;

/// <summary>What a preview session remembers of a page it published: what it was rendered from, and what search keeps of it.</summary>
public sealed record PageMemo(string Url, UInt128 Model, IReadOnlyList<MarkdownUse> Markdown, SearchDocument? Search);

/// <summary>
/// Which pages a step renders: every page in a full build; in a preview session only the pages whose model, shared
/// surroundings (templates, words, the layout's <c>site</c>, the glossary) or Markdown changed since the last
/// published step. The others keep their file on disk and their entry in the search index.
/// </summary>
public sealed class RenderPlan
{
    private readonly IReadOnlyList<Route> _routes;
    private readonly IReadOnlyDictionary<string, UInt128>? _fingerprints;
    private readonly IReadOnlyDictionary<string, PageMemo> _kept;

    private RenderPlan(IReadOnlyList<Route> routes, IReadOnlyList<Route> toRender, UInt128 shared, IReadOnlyDictionary<string, UInt128>? fingerprints, IReadOnlyDictionary<string, PageMemo> kept)
    {
        _routes = routes;
        Shared = shared;
        ToRender = toRender;
        _fingerprints = fingerprints;
        _kept = kept;
    }

    public IReadOnlyList<Route> ToRender { get; }

    /// <summary>The pages not rendered again, which keep what the last step made of them.</summary>
    public IEnumerable<Route> Kept => _routes.Where(r => _kept.ContainsKey(r.Url));

    /// <summary>The digest of what every page is rendered with besides its own model and Markdown.</summary>
    public UInt128 Shared { get; }

    public static RenderPlan All(IReadOnlyList<Route> routes) => new(routes, routes, default, null, new Dictionary<string, PageMemo>());

    /// <param name="shared">The digest of what every page is rendered with besides its own model and Markdown.</param>
    /// <param name="before">The pages of the last published step by address, rendered with <paramref name="sharedBefore"/>.</param>
    public static RenderPlan Changed(IReadOnlyList<Route> routes, UInt128 shared, UInt128 sharedBefore, IReadOnlyDictionary<string, PageMemo> before, MarkdownCatalog markdown)
    {
        // Pages are digested in parallel, each thread with its own memory of the objects pages share.
        var digests = new UInt128[routes.Count];
        using (var fingerprint = new ThreadLocal<ModelFingerprint>(() => new ModelFingerprint()))
        {
            Parallel.For(0, routes.Count, i => digests[i] = fingerprint.Value!.Of(routes[i]));
        }

        var fingerprints = routes.Select((r, i) => (r.Url, Digest: digests[i])).ToDictionary(p => p.Url, p => p.Digest, StringComparer.Ordinal);
        var kept = shared != sharedBefore ? new Dictionary<string, PageMemo>() : routes
            .Select(r => (r.Url, Memo: before.GetValueOrDefault(r.Url)))
            .Where(p => p.Memo is not null && p.Memo.Model == fingerprints[p.Url] && p.Memo.Markdown.All(markdown.Unchanged))
            .ToDictionary(p => p.Url, p => p.Memo!, StringComparer.Ordinal);
        return new RenderPlan(routes, [.. routes.Where(r => !kept.ContainsKey(r.Url))], shared, fingerprints, kept);
    }

    /// <summary>What to remember of a page just rendered, on the thread that rendered it.</summary>
    public PageMemo Remember(RenderedPage page, SearchDocument? search) =>
        new(page.Route.Url, _fingerprints?[page.Route.Url] ?? default, _fingerprints is null ? [] : MarkdownCatalog.TakeUsed(), search);

    /// <summary>Every page of the site, in route order: those rendered now and those kept.</summary>
    public IReadOnlyList<PageMemo> Pages(IReadOnlyList<PageMemo> rendered)
    {
        var now = rendered.ToDictionary(m => m.Url, StringComparer.Ordinal);
        return [.. _routes.Select(r => now.GetValueOrDefault(r.Url) ?? _kept.GetValueOrDefault(r.Url)).OfType<PageMemo>()];
    }
}
