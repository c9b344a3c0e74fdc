using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The communication plan page shows the audiences programme.yml names, with how each is to be reached as the source
/// says it, including the audiences no message has reached yet; and who is responsible for the plan and when it is due.
/// </summary>
public class CommunicationPlanTests
{
    private const string Plan = """
        communication_plan: Testkommune forteller om programmet.
        communication_owner: Testdirektøren
        communication_due: 2024-06
        communication_audiences:
          - { audience: citizens, how: Gjennom nettstedet }
          - { audience: service_users }

        """;

    [Fact]
    public void Every_audience_of_the_plan_is_listed_with_how_it_is_reached_even_without_messages()
    {
        using var content = new ContentCopy();
        content.Write("programme.yml", content.Read("programme.yml") + Plan);
        Assert.True(content.Build().Succeeded);

        var main = Parse(content, SiteUrls.Communication).QuerySelector("main")!;
        var items = main.QuerySelectorAll("#s-malgrupper ~ ul > li").ToDictionary(li => li.QuerySelector("a")!.TextContent, li => Whitespace.Normalise(li.TextContent));

        Assert.Equal(["Ansatte", "Innbyggere", "Tjenestemottakere"], items.Keys);
        Assert.Equal("Innbyggere (0 meldinger) Slik skal målgruppen nås: Gjennom nettstedet", items["Innbyggere"]);
        Assert.Equal("Tjenestemottakere (0 meldinger) Slik skal målgruppen nås: Ikke oppgitt", items["Tjenestemottakere"]);
        Assert.Equal("Ansatte (1 melding)", items["Ansatte"]);
        var facts = main.QuerySelectorAll("#s-plan ~ dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Testdirektøren", facts["Ansvarlig for planen"]);
        Assert.Equal("juni 2024", facts["Planen skal være ferdig"]);
        Assert.Contains("Ingen meldinger er planlagt ennå.", Parse(content, SiteUrls.Audience(Audience.ServiceUsers)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Reports_an_audience_named_twice_in_the_plan_at_the_second()
    {
        using var content = new ContentCopy();
        var programme = content.Read("programme.yml");
        content.Write("programme.yml", programme + Plan + "  - { audience: citizens }\n");
        var line = programme.Split('\n').Length - 1 + Plan.Split('\n').Length;

        var error = Reported.Error(content.Check(), DiagnosticCodes.DuplicateId, "programme.yml", line, 17);

        Assert.Contains("«citizens»", error.Message);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(ContentCopy content, string url) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, url.Trim('/'), "index.html")));
}
