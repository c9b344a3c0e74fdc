using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The real site says what the 18.03.2024 report and the 24.05.2024 helhetsmodell material say, and in plain
/// Norwegian: the facts an audit of the site against those sources found missing, wrong or invented.
/// </summary>
public partial class AuditedFactsTests(RealSite fixture) : IClassFixture<RealSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_first_report_names_no_channel_or_audience_the_report_does_not_give()
    {
        var item = _site.Page(SiteUrls.Communication).QuerySelectorAll("main li.list-item")
            .Single(li => li.QuerySelector(".list-item__title")!.TextContent == "Første rapportering om status i gevinstrealiseringsprogrammet");
        var facts = item.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => Whitespace.Normalise(d.QuerySelector("dd")!.TextContent));

        Assert.Equal("Ikke oppgitt", facts["Kanal"]);
        Assert.Equal("Ikke oppgitt", facts["Målgruppe"]);
        Assert.Contains("månedlige orienteringsnotat", Whitespace.Normalise(item.TextContent));
        Assert.DoesNotContain("Nyhetsbrev", item.TextContent);
    }

    [Fact]
    public void The_consultant_decision_is_dated_april_2024_and_is_not_the_next_milestone()
    {
        var page = _site.Page(SiteUrls.Subproject("budsjettprosess"));
        var decision = page.QuerySelectorAll("main table tr").Single(li => li.TextContent.Contains("Avgjørelse om konsulentfirma", StringComparison.Ordinal));

        Assert.Contains("april 2024", Whitespace.Normalise(decision.TextContent));
        Assert.DoesNotContain("konsulentfirma", _site.Page("/").QuerySelector("main .glance")!.TextContent);
    }

    [Fact]
    public void Samverdi_has_started_and_helhetlig_ressursforvaltning_runs_2024_to_2027_with_an_unnamed_project_leader()
    {
        var samverdi = _site.Page(SiteUrls.Subproject("samverdi")).QuerySelectorAll("main table tr")
            .Single(tr => tr.QuerySelector("td")?.TextContent == "Oppstart");
        Assert.Contains("Nådd", samverdi.TextContent);

        var facts = Whitespace.Normalise(_site.Page(SiteUrls.Subproject("helhetlig-ressursforvaltning")).QuerySelector("main > dl.facts")!.TextContent);
        Assert.Contains("2024", facts);
        Assert.Contains("2027", facts);
        Assert.Contains("Prosjektleder for helhetlig ressursforvaltning (navnet er ikke oppgitt)", facts);
    }

    [Fact]
    public void The_communication_plan_says_what_the_strategy_is_anchored_in_and_the_footer_names_who_leads_the_work()
    {
        var plan = Whitespace.Normalise(_site.Page(SiteUrls.Communication).QuerySelector("#s-plan")!.ParentElement!.TextContent);

        Assert.Contains("statlig kommunikasjon, offentlighetsloven og kommuneloven", plan);
        Assert.Contains("handlings- og økonomiplanen for 2024–2027", plan);
        Assert.Contains("Kommunedirektør Peter Ardon", _site.Page("/").QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void The_plan_page_lists_the_four_audiences_the_report_names_and_who_is_responsible_until_when()
    {
        var main = _site.Page(SiteUrls.Communication).QuerySelector("main")!;
        var audiences = main.QuerySelectorAll("#s-malgrupper ~ ul > li > a").Select(a => a.TextContent).ToList();
        var facts = main.QuerySelectorAll("#s-plan ~ dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);

        Assert.Subset(audiences.ToHashSet(), new HashSet<string> { "Ansatte", "Politikere", "Innbyggere", "Tjenestemottakere" });
        Assert.StartsWith("Kommunedirektør Peter Ardon", facts["Ansvarlig for planen"]);
        Assert.Equal("juni 2024", facts["Planen skal være ferdig"]);
    }

    [Fact]
    public void The_helhetsmodell_page_is_written_from_the_dialogue_seminar_material_and_cites_it()
    {
        var main = _site.Page(SiteUrls.Page("helhetsmodellen")).QuerySelector("main")!;
        var text = Whitespace.Normalise(main.TextContent);

        Assert.Equal("/kilder/#kilde-helhetsmodellen-2024-05-24", main.QuerySelector(".sources-line a")!.GetAttribute("href"));
        Assert.Contains("80 år i Levanger fra år 2000 til 2046", text);
        Assert.Contains("«Omstilling og endring blir normalen.»", text);
        Assert.Contains("«ostehøvelkutt»", text);
        Assert.Equal(3, main.QuerySelectorAll("h3 + p + ol > li").Length);
        Assert.Contains("Felles workshop på tvers, med ledere, stab og støtte, tillitsvalgte og verneombud", text);
        Assert.Contains("Politisk behandling", text);
        Assert.Contains("Virksomhets-A3", text);
    }

    [Fact]
    public void No_page_uses_the_english_words_misspellings_or_jargon_the_audit_found()
    {
        // Whole words: "rentekostnader" is plain Norwegian, the report's "rentekost" is not.
        string[] banned = ["Best in class", "compliance", "[Oo]nboarding", "Postdoc", "PWC", "KS sin", "[Ii]nngangsfart", "overligger", @"rentekost\b"];
        foreach (var url in _site.PageUrls)
        {
            var text = Whitespace.Normalise(_site.Page(url).QuerySelector("main")!.TextContent);
            foreach (var word in banned)
            {
                Assert.False(Regex.IsMatch(text, word), $"{url} says «{word}»");
            }

            Assert.False(DigitThenPercent().IsMatch(text), $"{url} writes a percentage without a space: {DigitThenPercent().Match(text).Value}");
            Assert.False(DotThousands().IsMatch(text), $"{url} writes thousands with a dot: {DotThousands().Match(text).Value}");
        }
    }

    [GeneratedRegex(@"\d%")]
    private static partial Regex DigitThenPercent();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")]
    private static partial Regex DotThousands();
}
