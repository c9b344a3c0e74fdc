using SiteGen.History;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// The Atom feed of recent changes: one entry per commit, dated by the commit (never the clock), linking to its place
/// on the list of changes and to the pages it touched. Nothing without history.
/// </summary>
public static class ChangesFeedEmitter
{
    public static IEnumerable<SiteFile> Emit(SiteModel site, SiteHistory? history, string title, string baseUrl)
    {
        if (history is null || history.Recent.IsEmpty)
        {
            return [];
        }

        var entries = history.Recent.Select(change => new FeedEntry(
            $"{baseUrl}{SiteUrls.Changes}#{change.Anchor}", change.Subject, null, null, change.Time.ToUniversalTime(),
            [.. change.PageUrls.Select(page => baseUrl + page)])).ToList();
        var head = new FeedHead($"{site.Programme.Name}: {title}", site.Programme.Summary, site.Programme.Organisation, baseUrl + SiteUrls.Changes, entries[0].Updated);
        return [AtomFeedEmitter.Write(head, entries, baseUrl, SiteUrls.ChangesFeed)];
    }
}
