using SiteGen.Emit;
using SiteGen.Markdown;
using SiteGen.Rendering;
using SiteGen.Shaping;

namespace SiteGen.Build;

/// <summary>
/// What a preview session remembers of a page it published: what it was rendered from (the digest of its model, the
/// content files whose records the model reached, its Markdown), and what search keeps of it.
/// </summary>
public sealed record PageMemo(string Url, UInt128 Model, IReadOnlySet<string> Files, IReadOnlyList<MarkdownUse> Markdown, SearchDocument? Search);

/// <summary>
/// Which pages a step renders: every page in a full build; in a preview session only the pages whose model, shared
/// surroundings (templates, words, the layout's <c>site</c>, the glossary) or Markdown changed since the last
/// published step. The others keep their file on disk and their entry in the search index. The page of a subproject,
/// an update or a free page is digested again only when a file its model reached last time is in the step's
/// <see cref="ChangeScope"/> (which holds the records that refer to a changed one, so a new reference is seen too);
/// every other page (lists, the front page, search) shows records it does not hold, and is digested on every step
/// but one whose model is the last step's (a body edit).
/// </summary>
public sealed class RenderPlan
{
    private static readonly IReadOnlySet<string> EmptyFiles = new HashSet<string>();

    private readonly IReadOnlyList<Route> _routes;
    private readonly IReadOnlyDictionary<string, (UInt128 Model, IReadOnlySet<string> Files)>? _fingerprints;
    private readonly IReadOnlyDictionary<string, PageMemo> _kept;

    private RenderPlan(IReadOnlyList<Route> routes, IReadOnlyList<Route> toRender, UInt128 shared, IReadOnlyDictionary<string, (UInt128, IReadOnlySet<string>)>? fingerprints, IReadOnlyDictionary<string, PageMemo> kept)
    {
        _routes = routes;
        Shared = shared;
        ToRender = toRender;
        _fingerprints = fingerprints;
        _kept = kept;
    }

    public IReadOnlyList<Route> ToRender { get; }

    /// <summary>Every page of the site, in route order.</summary>
    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>The pages not rendered again, which keep what the last step made of them.</summary>
    public IEnumerable<Route> Kept => _routes.Where(r => _kept.ContainsKey(r.Url));

    /// <summary>The digest of what every page is rendered with besides its own model and Markdown.</summary>
    public UInt128 Shared { get; }

    public static RenderPlan All(IReadOnlyList<Route> routes) => new(routes, routes, default, null, new Dictionary<string, PageMemo>());

    /// <param name="shared">The digest of what every page is rendered with besides its own model and Markdown.</param>
    /// <param name="before">The pages of the last published step by address, rendered with <paramref name="sharedBefore"/>.</param>
    /// <param name="scope">The files changed since then, with their neighbours.</param>
    /// <param name="known">The digests of content model objects the session keeps.</param>
    /// <param name="sameModel">Whether every page model is known to be the one of the last step, so that none is digested again.</param>
    public static RenderPlan Changed(IReadOnlyList<Route> routes, UInt128 shared, UInt128 sharedBefore, IReadOnlyDictionary<string, PageMemo> before, MarkdownCatalog markdown, ChangeScope scope, KnownDigests known, bool sameModel)
    {
        // Pages are digested in parallel: a page of one record with a memory of its own, to list the files it reached;
        // the others on each thread with a memory of the objects they share.
        var digests = new (UInt128 Model, IReadOnlySet<string> Files)[routes.Count];
        using (var fingerprint = new ThreadLocal<ModelFingerprint>(() => new ModelFingerprint(known)))
        {
            Parallel.For(0, routes.Count, i =>
            {
                var route = routes[i];
                var ofRecord = route.Data is SubprojectPage or UpdatePage or FreePage;
                if (!scope.Everything && before.GetValueOrDefault(route.Url) is { } memo && (sameModel || (ofRecord && !memo.Files.Overlaps(scope.Files))))
                {
                    digests[i] = (memo.Model, memo.Files);
                }
                else if (!ofRecord)
                {
                    digests[i] = (fingerprint.Value!.Of(route), EmptyFiles);
                }
                else
                {
                    var own = new ModelFingerprint(known, track: true);
                    digests[i] = (own.Of(route), own.Files);
                }
            });
        }

        var fingerprints = routes.Select((r, i) => (r.Url, Digest: digests[i])).ToDictionary(p => p.Url, p => p.Digest, StringComparer.Ordinal);
        var kept = shared != sharedBefore ? new Dictionary<string, PageMemo>() : routes
            .Select(r => (r.Url, Memo: before.GetValueOrDefault(r.Url)))
            .Where(p => p.Memo is not null && p.Memo.Model == fingerprints[p.Url].Model && p.Memo.Markdown.All(markdown.Unchanged))
            .ToDictionary(p => p.Url, p => p.Memo!, StringComparer.Ordinal);
        return new RenderPlan(routes, [.. routes.Where(r => !kept.ContainsKey(r.Url))], shared, fingerprints, kept);
    }

    /// <summary>What to remember of a page just rendered, on the thread that rendered it.</summary>
    public PageMemo Remember(RenderedPage page, SearchDocument? search) => _fingerprints?[page.Route.Url] is { } digest
        ? new(page.Route.Url, digest.Model, digest.Files, MarkdownCatalog.TakeUsed(), search)
        : new(page.Route.Url, default, EmptyFiles, [], search);

    /// <summary>Every page of the site, in route order: those rendered now and those kept.</summary>
    public IReadOnlyList<PageMemo> Pages(IReadOnlyList<PageMemo> rendered)
    {
        var now = rendered.ToDictionary(m => m.Url, StringComparer.Ordinal);
        return [.. _routes.Select(r => now.GetValueOrDefault(r.Url) ?? _kept.GetValueOrDefault(r.Url)).OfType<PageMemo>()];
    }
}
