using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// Atom 1.0 feeds of the updates: one for the whole site and one per subproject with the updates that name it.
/// Ids are the entries' absolute addresses; every time comes from the content's dates, never the clock.
/// </summary>
public static class AtomFeedEmitter
{
    /// <param name="perSubproject">Makes a subproject's feed with the function given, or keeps it from a preview session's last step.</param>
    public static IEnumerable<SiteFile> Emit(SiteModel site, string baseUrl, SubprojectFile<SiteFile>? perSubproject = null)
    {
        perSubproject ??= SubprojectFiles.Make<SiteFile>;
        // Each subproject's updates are looked up once, not found by scanning every update for every subproject.
        var updatesOf = site.Updates.SelectMany(u => u.Subprojects.Distinct().Select(slug => (slug, u))).ToLookup(p => p.slug, p => p.u, StringComparer.Ordinal);
        return
        [
            Feed(site, baseUrl, site.Programme.Name, site.Programme.Summary, SiteUrls.Updates, SiteUrls.UpdatesFeed, site.Updates),
            .. site.Subprojects.AsParallel().AsOrdered().Select(s => perSubproject(s, () => Feed(
                site, baseUrl, $"{site.Programme.Name}: {s.Title}", s.Summary ?? site.Programme.Summary, SiteUrls.Subproject(s.Slug),
                SiteUrls.SubprojectFeed(s.Slug), updatesOf[s.Slug]))),
        ];
    }

    private static SiteFile Feed(SiteModel site, string baseUrl, string title, string subtitle, string pageUrl, string feedUrl, IEnumerable<Update> updates)
    {
        // The model keeps updates newest first, which is also the order a feed reader expects.
        var entries = updates.Select(u =>
        {
            var url = baseUrl + SiteUrls.Update(u.Slug);
            return new FeedEntry(url, u.Title, u.Summary, MidnightUtc(u.Date.Start), MidnightUtc(u.Date.Start), []);
        }).ToList();
        return Write(new FeedHead(title, subtitle, site.Programme.Organisation, baseUrl + pageUrl, LastChange(site, entries)), entries, baseUrl, feedUrl);
    }

    /// <summary>
    /// A feed as the site's feeds are written: Norwegian, one author for every entry (Atom wants one; at the feed it
    /// covers them all), a link to itself, indented by two spaces, UTF-8 without BOM, every value escaped for XML.
    /// </summary>
    public static SiteFile Write(FeedHead head, IEnumerable<FeedEntry> entries, string baseUrl, string feedUrl)
    {
        using var xml = new XmlText();
        xml.Line(0, """<?xml version="1.0" encoding="utf-8"?>""")
            .Line(0, """<feed xml:lang="nb" xmlns="http://www.w3.org/2005/Atom">""")
            .Element(1, "title", head.Title, typed: true)
            .Element(1, "subtitle", head.Subtitle, typed: true)
            .Element(1, "id", baseUrl + feedUrl)
            .Element(1, "updated", Time(head.Updated))
            .Line(1, "<author>")
            .Element(2, "name", head.Organisation)
            .Line(1, "</author>")
            .Link(1, "alternate", null, head.PageUrl)
            .Link(1, "self", "application/atom+xml", baseUrl + feedUrl);
        foreach (var entry in entries)
        {
            xml.Line(1, "<entry>")
                .Element(2, "id", entry.Url)
                .Element(2, "title", entry.Title, typed: true);
            if (entry.Summary is not null)
            {
                xml.Element(2, "summary", entry.Summary, typed: true);
            }

            if (entry.Published is { } published)
            {
                xml.Element(2, "published", Time(published));
            }

            xml.Element(2, "updated", Time(entry.Updated))
                .Link(2, "alternate", null, entry.Url);
            foreach (var related in entry.Related)
            {
                xml.Link(2, "related", "text/html", related);
            }

            xml.Line(1, "</entry>");
        }

        return SiteFile.AtUrl(feedUrl, xml.Line(0, "</feed>").ToArray());
    }

    /// <summary>
    /// The newest entry; a feed with none takes the site's newest update, then the programme's start, so that it too
    /// changes only when content does.
    /// </summary>
    private static DateTimeOffset LastChange(SiteModel site, List<FeedEntry> entries) =>
        entries.Count > 0
            ? entries.Max(e => e.Updated)
            : MidnightUtc(site.Updates.FirstOrDefault()?.Date.Start ?? site.Programme.Start?.Start ?? site.AsOf);

    private static DateTimeOffset MidnightUtc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>RFC 3339, in UTC with a Z where the time is UTC.</summary>
    private static string Time(DateTimeOffset time) =>
        time.Offset == TimeSpan.Zero
            ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>What a feed says of itself; <paramref name="PageUrl"/> is the absolute address of the page it follows.</summary>
public sealed record FeedHead(string Title, string Subtitle, string Organisation, string PageUrl, DateTimeOffset Updated);

/// <summary>One entry of a feed: <paramref name="Url"/> is its absolute address and id; <paramref name="Related"/> the pages it touched.</summary>
public sealed record FeedEntry(string Url, string Title, string? Summary, DateTimeOffset? Published, DateTimeOffset Updated, IReadOnlyList<string> Related);
