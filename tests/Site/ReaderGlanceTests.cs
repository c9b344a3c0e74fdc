using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The front page tells a reader on a phone how fresh and how far along the programme is; the header and footer tell whose it is.</summary>
public class ReaderGlanceTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_front_page_says_plainly_when_the_newest_status_report_is_older_than_the_programme_allows()
    {
        using var content = new ContentCopy();
        content.Write("programme.yml", content.Read("programme.yml") + "report_max_age_months: 3\n");
        Assert.True(content.Build().Succeeded);

        var glance = Glance(content);

        Assert.Contains("Siste statusrapport: ", glance);
        Assert.Contains("Den er eldre enn 3 måneder", glance);
    }

    [Fact]
    public void The_front_page_gives_no_age_notice_when_the_programme_sets_no_limit()
    {
        using var content = new ContentCopy();
        Assert.True(content.Build().Succeeded);

        Assert.DoesNotContain("eldre enn", Glance(content));
    }

    [Fact]
    public void The_front_page_counts_subprojects_by_status_and_by_health_and_gives_the_main_goals_latest_value()
    {
        using var content = new ContentCopy();
        Assert.True(content.Build().Succeeded);

        var glance = Glance(content);

        Assert.Matches(@"Delprosjektene: \d+ \w+", glance);
        Assert.Matches(@"Framdrift: \d+ ", glance);
        Assert.Matches(@"Hovedmålet: Fond i prosent av driftsinntekter\s*: minst 5\s*%", glance);
        Assert.Matches(@"Siste rapporterte verdi: 2,5\s*%\s*\(\s*desember 2023\s*\)", glance);
    }

    [Fact]
    public void The_organisation_name_links_to_its_own_site_and_the_footer_points_there_when_there_is_no_contact()
    {
        using var content = new ContentCopy();
        content.Write("programme.yml", content.Read("programme.yml") + "organisation_url: https://www.testkommune.no/\n");
        Assert.True(content.Build().Succeeded);

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(content.Output, "om", "index.html")));

        Assert.Equal("https://www.testkommune.no/", page.QuerySelector("header a.site-org")?.GetAttribute("href"));
        var footer = Whitespace.Normalise(page.QuerySelector("footer")!.TextContent);
        Assert.Contains("Kontakt Nettstedet til Testkommune", footer);
        Assert.DoesNotContain("Ikke oppgitt", footer);
    }

    [Fact]
    public void The_footer_lists_the_contact_with_an_email_and_a_phone_link_and_escapes_the_name()
    {
        using var content = new ContentCopy();
        content.Write("programme.yml", content.Read("programme.yml") + "contact:\n  name: Kari <Nordmann>\n  email: kari@example.org\n  phone: 74 05 20 00\n");
        var result = content.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var items = Parser.ParseDocument(File.ReadAllText(Path.Combine(content.Output, "index.html"))).QuerySelectorAll("footer ul.plain-list")[0].Children;

        Assert.Equal(["Kari <Nordmann>", "E-post: kari@example.org", "Telefon: 74 05 20 00"], items.Select(li => li.TextContent));
        Assert.Equal([null, "mailto:kari@example.org", "tel:74052000"], items.Select(li => li.QuerySelector("a")?.GetAttribute("href")));
    }

    [Fact]
    public void An_organisation_address_that_is_not_a_web_address_is_reported_where_it_is_written()
    {
        using var content = new ContentCopy();
        content.Write("programme.yml", content.Read("programme.yml") + "organisation_url: javascript:alert(1)\n");

        var problem = Assert.Single(content.Check().Diagnostics, d => d.Code == "LV304");

        Assert.Contains("https://", problem.Message);
        Assert.EndsWith("programme.yml", problem.Span.File);
    }

    /// <summary>The glance as "term: value" lines, the way a screen reader reads the description list.</summary>
    private static string Glance(ContentCopy content) =>
        string.Join('\n', Parser.ParseDocument(File.ReadAllText(Path.Combine(content.Output, "index.html")))
            .QuerySelectorAll("main .glance > div")
            .Select(row => Whitespace.Normalise(row.QuerySelector("dt")!.TextContent) + ": " + Whitespace.Normalise(string.Join(' ', row.QuerySelector("dd")!.Descendants<IText>().Select(t => t.Data)))));
}
