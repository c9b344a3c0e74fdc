using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Readers see where every fact comes from and never take an estimate for a saving: sources on every page and on
/// /kilder/, statuses as the source words them, estimates with whose and when, realised gains apart.
/// </summary>
public class SourcesAndEstimatesTests : IClassFixture<SourcesAndEstimatesTests.MinimalSite>
{
    private readonly BuiltSite _site;

    public SourcesAndEstimatesTests(MinimalSite site) => _site = site.Site;

    public sealed class MinimalSite : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Fixture("minimal"), ContentCopy.AsOf);

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void Subproject_page_names_its_source_with_pages_and_links_to_the_source_list()
    {
        var line = _site.Page(SiteUrls.Subproject("innkjop")).QuerySelector("main .sources-line")!;

        Assert.Equal("Kilder: Testrapporten (18. mars 2024), s. 2", Whitespace.Normalise(line.TextContent));
        Assert.Equal("/kilder/#kilde-testrapport", line.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Sources_page_lists_each_document_with_who_issued_it_and_everything_built_from_it()
    {
        var entry = _site.Page(SiteUrls.Sources).QuerySelector("#kilde-testrapport")!;

        Assert.Equal("Testrapporten", entry.QuerySelector("h2")!.TextContent);
        Assert.Contains("Testdirektøren", entry.TextContent);
        Assert.Equal("https://example.org/testrapport", entry.QuerySelector("dd a")!.GetAttribute("href"));
        var uses = entry.QuerySelectorAll("li").Select(li => Whitespace.Normalise(li.TextContent)).ToList();
        Assert.Contains("Bedre innkjøp (s. 2)", uses);
        Assert.Contains("Tiltak: Bedre innkjøp (s. 3–4)", uses);
        Assert.Contains(uses, u => u.StartsWith("Første rapport fra Testprogrammet", StringComparison.Ordinal));
    }

    [Fact]
    public void Measures_show_the_status_in_the_sources_words_the_estimate_with_whose_and_when_and_realised_apart()
    {
        var rows = _site.Page(SiteUrls.Subproject("innkjop")).QuerySelectorAll("table.table--measures tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent, r => r.QuerySelectorAll("td").ToList());

        var parking = rows["Avgift på parkering"];
        Assert.Equal("Utsatt", parking[1].QuerySelector(".tag")!.TextContent);
        Assert.Equal("Saken ble utsatt i påvente av gatebruksplanen.", parking[1].QuerySelector(".cell-note")!.TextContent);
        Assert.Equal("Anslag: Konsulentrapporten, juni 2023", Whitespace.Normalise(parking[2].QuerySelector(".cell-note")!.TextContent));
        Assert.StartsWith("50", parking[2].TextContent);
        Assert.StartsWith("10", parking[3].TextContent);
        Assert.Equal("Iverksatt", rows["Felles renhold"][1].TextContent);
        Assert.Equal("Ikke rapportert", rows["E-handel for alle enheter"][3].TextContent);
    }

    [Fact]
    public void Totals_are_labelled_as_sums_of_estimates()
    {
        var table = _site.Page(SiteUrls.Goals).QuerySelector("table.table--totals")!;

        Assert.Contains("Sum av anslag", table.QuerySelector("caption")!.TextContent);
        Assert.Contains("Sum av anslag", table.QuerySelector("thead")!.TextContent);
    }

    [Fact]
    public void A_subproject_the_source_says_nothing_about_reads_not_reported()
    {
        using var content = new ContentCopy().Write("subprojects/ukjent.md",
            "---\ntitle: Ukjent\nstatus: not_reported\nsource: { id: testrapport }\n---\nTekst.\n");
        using var site = new BuiltSite(content.Content, ContentCopy.AsOf);

        Assert.Equal("Ikke rapportert", site.Page(SiteUrls.Subproject("ukjent")).QuerySelector("dl.facts .tag")!.TextContent);
    }

    [Fact]
    public void Check_warns_about_a_subproject_without_a_source_and_still_succeeds()
    {
        using var content = new ContentCopy().Write("subprojects/uten-kilde.md", "---\ntitle: Uten kilde\nstatus: active\n---\nTekst.\n");

        var result = content.Check();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingSource);
        Assert.EndsWith("content/subprojects/uten-kilde.md", warning.Span.File);
        Assert.Contains("source:", warning.Message);
    }

    [Fact]
    public void Reports_a_source_id_that_programme_yml_does_not_list_with_the_one_it_resembles()
    {
        using var content = new ContentCopy().Write("subprojects/feil-kilde.md",
            "---\ntitle: Feil kilde\nstatus: active\nsource: { id: testraport }\n---\nTekst.\n");

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownReference, "subprojects/feil-kilde.md", 4, 15);

        Assert.Contains("Mente du «testrapport»?", error.Message);
    }
}
