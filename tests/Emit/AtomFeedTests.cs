using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Emit;

public class AtomFeedTests(RealSite real) : IClassFixture<RealSite>
{
    private SyndicationFeed Feed(BuiltSite site, string url)
    {
        using var reader = XmlReader.Create(site.FileOf(url));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Site_feed_has_every_published_update_newest_first_with_absolute_links()
    {
        var feed = Feed(real.Site, SiteUrls.UpdatesFeed);

        Assert.Equal(real.Model.Programme.Name, feed.Title.Text);
        Assert.Equal(real.Model.Updates.Select(u => u.Title), feed.Items.Select(i => i.Title.Text));
        Assert.Equal(real.Model.Updates.Select(u => "https://example.org" + SiteUrls.Update(u.Slug)), feed.Items.Select(i => i.Links.Single().Uri.AbsoluteUri));
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderDescending(), feed.Items.Select(i => i.LastUpdatedTime));
        Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
        Assert.All(feed.Items, i => Assert.False(string.IsNullOrEmpty(i.Summary?.Text)));
    }

    [Fact]
    public void Site_feed_leaves_out_updates_dated_after_the_as_of_date()
    {
        var newest = real.Model.Updates.First();
        using var earlier = new BuiltSite(RepositoryPaths.Content, newest.Date.Start.AddDays(-1));

        var titles = Feed(earlier, SiteUrls.UpdatesFeed).Items.Select(i => i.Title.Text).ToList();

        Assert.DoesNotContain(newest.Title, titles);
        Assert.Equal(real.Model.Updates.Length - 1, titles.Count);
    }

    [Fact]
    public void Each_subproject_feed_has_only_the_updates_that_name_that_subproject()
    {
        Assert.All(real.Model.Subprojects, subproject =>
        {
            var feed = Feed(real.Site, SiteUrls.SubprojectFeed(subproject.Slug));

            Assert.Contains(subproject.Title, feed.Title.Text);
            Assert.Equal(
                real.Model.Updates.Where(u => u.Subprojects.Contains(subproject.Slug)).Select(u => u.Title),
                feed.Items.Select(i => i.Title.Text));
        });
        Assert.Contains(real.Model.Subprojects, s => !real.Model.Updates.All(u => u.Subprojects.Contains(s.Slug)));
    }

    [Fact]
    public void Markup_ampersands_and_line_breaks_in_titles_and_summaries_stay_text_in_the_feeds()
    {
        using var content = new ContentCopy();
        content.Replace("subprojects/skole.md", "title: Skolestruktur", "title: \"Skole </title><script>alert(1)</script> & \\\"x\\\" ]]>\"")
            .Replace("updates/2024-03-18-forste-rapport.md", "summary: Status for delprosjektene i Testkommune.", "summary: \"A &amp; <b>B</b>\\r\\nC\"");
        Assert.DoesNotContain(content.Build().Diagnostics, d => d.IsError);

        using var reader = XmlReader.Create(Path.Combine(content.Output, SiteUrls.SubprojectFeed("skole").TrimStart('/')));
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("Testprogrammet: Skole </title><script>alert(1)</script> & \"x\" ]]>", feed.Title.Text);
        Assert.Equal("A &amp; <b>B</b>\nC", feed.Items.Single().Summary.Text);
    }
}
