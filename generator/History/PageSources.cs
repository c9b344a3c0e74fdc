using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>
/// The content files a page is built from (paths relative to the content folder): single files, whole folders,
/// or everything. A page's history is the commits that touched any of them.
/// </summary>
public sealed record PageSources(bool Everything, ImmutableArray<string> Files, ImmutableArray<string> Folders)
{
    private static readonly PageSources All = new(true, [], []);
    private static readonly string Programme = ContentPaths.PathOf(ContentKind.Programme);
    private static readonly string Risks = ContentPaths.PathOf(ContentKind.Risks);

    private static PageSources Of(IEnumerable<string> files, params ContentKind[] folders) =>
        new(false, [.. files], [.. folders.Select(ContentPaths.FolderOf)]);

    private static string FileOf(ContentKind kind, string slug) => ContentPaths.PathOf(kind, slug);

    /// <summary>The sources of every page built from content, by address; pages such as search and 404 have none.</summary>
    public static IReadOnlyDictionary<string, PageSources> ForSite(SiteModel model)
    {
        var sources = new Dictionary<string, PageSources>(StringComparer.Ordinal)
        {
            [SiteUrls.Home] = All,
            [SiteUrls.Subprojects] = Of([], ContentKind.Subproject),
            [SiteUrls.Milestones] = Of([Programme], ContentKind.Subproject),
            [SiteUrls.Goals] = Of([Programme], ContentKind.Subproject),
            [SiteUrls.Risks] = Of([Risks]),
            [SiteUrls.Communication] = Of([Programme], ContentKind.Message),
            [SiteUrls.Updates] = Of([], ContentKind.Update),
        };

        // Lookups built once, so each page's sources cost only what the page shows.
        var children = model.Subprojects.Where(s => s.Parent is not null).ToLookup(s => s.Parent!, s => FileOf(ContentKind.Subproject, s.Slug), StringComparer.Ordinal);
        var updates = model.Updates.SelectMany(u => u.Subprojects.Select(s => (s, FileOf(ContentKind.Update, u.Slug)))).ToLookup(p => p.s, p => p.Item2, StringComparer.Ordinal);
        var messages = model.Messages.SelectMany(m => m.Subprojects.Select(s => (s, FileOf(ContentKind.Message, m.Slug)))).ToLookup(p => p.s, p => p.Item2, StringComparer.Ordinal);
        var messagesOfUpdates = model.Messages.Where(m => m.Update is not null).ToLookup(m => m.Update!, m => FileOf(ContentKind.Message, m.Slug), StringComparer.Ordinal);
        var withRisks = model.Risks.SelectMany(r => r.Subprojects).ToHashSet(StringComparer.Ordinal);

        foreach (var slug in model.Subprojects.Select(s => s.Slug))
        {
            sources[SiteUrls.Subproject(slug)] = Of(
            [
                FileOf(ContentKind.Subproject, slug), .. children[slug], .. updates[slug], .. messages[slug],
                .. withRisks.Contains(slug) ? [Risks] : Array.Empty<string>(),
            ]);
        }

        foreach (var slug in model.Updates.Select(u => u.Slug))
        {
            sources[SiteUrls.Update(slug)] = Of([FileOf(ContentKind.Update, slug), .. messagesOfUpdates[slug]]);
        }

        var planned = model.Programme.CommunicationAudiences.Select(a => a.Audience).ToHashSet();
        foreach (var audience in model.Messages.SelectMany(m => m.Audiences).Concat(planned).Distinct())
        {
            sources[SiteUrls.Audience(audience)] = Of(
            [
                .. planned.Contains(audience) ? [Programme] : Array.Empty<string>(),
                .. model.Messages.Where(m => m.Audiences.Contains(audience)).Select(m => FileOf(ContentKind.Message, m.Slug)),
            ]);
        }

        foreach (var slug in model.Pages.Select(p => p.Slug))
        {
            sources[SiteUrls.Page(slug)] = Of([FileOf(ContentKind.Page, slug)]);
        }

        return sources;
    }

    /// <summary>The page a changed file is first of all shown on, for the list of recent changes; null for a file no page is built from.</summary>
    public static string? PrimaryPage(string file)
    {
        var slug = ContentPaths.SlugOf(file);
        return ContentPaths.KindOf(file) switch
        {
            ContentKind.Programme => SiteUrls.Home,
            ContentKind.Risks => SiteUrls.Risks,
            ContentKind.Subproject => SiteUrls.Subproject(slug),
            ContentKind.Update => SiteUrls.Update(slug),
            ContentKind.Message => SiteUrls.Communication,
            ContentKind.Page => SiteUrls.Page(slug),
            _ => null,
        };
    }
}
