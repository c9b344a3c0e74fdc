using System.ServiceModel.Syndication;
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

        var entries = history.Recent.Select(change =>
        {
            var url = $"{baseUrl}{SiteUrls.Changes}#{change.Anchor}";
            var item = new SyndicationItem(change.Subject, (SyndicationContent?)null, new Uri(url), url, change.Time.ToUniversalTime());
            foreach (var page in change.PageUrls)
            {
                item.Links.Add(new SyndicationLink(new Uri(baseUrl + page), "related", null, "text/html", 0));
            }

            return item;
        }).ToList();
        var feed = new SyndicationFeed($"{site.Programme.Name}: {title}", site.Programme.Summary, new Uri(baseUrl + SiteUrls.Changes),
            baseUrl + SiteUrls.ChangesFeed, entries[0].LastUpdatedTime, entries);
        return [AtomFeedEmitter.Write(feed, site.Programme.Organisation, baseUrl, SiteUrls.ChangesFeed)];
    }
}
