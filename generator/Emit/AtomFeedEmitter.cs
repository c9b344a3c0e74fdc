using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// Atom 1.0 feeds of the updates: one for the whole site and one per subproject with the updates that name it.
/// Ids are the entries' absolute addresses; every time comes from the content's dates, never the clock.
/// </summary>
public static class AtomFeedEmitter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <param name="perSubproject">Makes a subproject's feed with the function given, or keeps it from a preview session's last step.</param>
    public static IEnumerable<SiteFile> Emit(SiteModel site, string baseUrl, SubprojectFile? perSubproject = null)
    {
        perSubproject ??= SubprojectFiles.Make;
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
        var entries = updates.Select(u => Entry(u, baseUrl)).ToList();
        var feed = new SyndicationFeed(title, subtitle, new Uri(baseUrl + pageUrl), baseUrl + feedUrl, LastChange(site, entries), entries);
        return Write(feed, site.Programme.Organisation, baseUrl, feedUrl);
    }

    /// <summary>A feed as the site's feeds are written: Norwegian, one author for every entry, a link to itself.</summary>
    public static SiteFile Write(SyndicationFeed feed, string organisation, string baseUrl, string feedUrl)
    {
        feed.Language = "nb";
        // Atom wants an author; one at the feed covers every entry.
        feed.Authors.Add(new SyndicationPerson { Name = organisation });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(baseUrl + feedUrl), "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
        return SiteFile.AtUrl(feedUrl, stream.ToArray());
    }

    private static SyndicationItem Entry(Update update, string baseUrl)
    {
        var url = baseUrl + SiteUrls.Update(update.Slug);
        var item = new SyndicationItem(update.Title, (SyndicationContent?)null, new Uri(url), url, MidnightUtc(update.Date.Start))
        {
            PublishDate = MidnightUtc(update.Date.Start),
        };
        if (update.Summary is not null)
        {
            item.Summary = new TextSyndicationContent(update.Summary);
        }

        return item;
    }

    /// <summary>
    /// The newest entry; a feed with none takes the site's newest update, then the programme's start, so that it too
    /// changes only when content does.
    /// </summary>
    private static DateTimeOffset LastChange(SiteModel site, List<SyndicationItem> entries) =>
        entries.Count > 0
            ? entries.Max(e => e.LastUpdatedTime)
            : MidnightUtc(site.Updates.FirstOrDefault()?.Date.Start ?? site.Programme.Start?.Start ?? site.AsOf);

    private static DateTimeOffset MidnightUtc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
