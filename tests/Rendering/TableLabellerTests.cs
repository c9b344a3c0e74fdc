using SiteGen.Rendering.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>On a phone a table becomes records; each value keeps its column heading so the reader knows what it is.</summary>
public class TableLabellerTests(RealSite real) : IClassFixture<RealSite>
{
    [Fact]
    public void Gives_each_data_cell_the_heading_of_its_column_counting_colspans()
    {
        const string html = """<table class="table"><thead><tr><th scope="col" colspan="2">Tiltak &amp; mål</th><th scope="col">Status</th></tr></thead><tbody><tr><th scope="row">A</th><td>B</td><td class="x">C</td></tr></tbody></table>""";

        var labelled = TableLabeller.Label(html);

        Assert.Equal("""<table class="table" data-stack><thead><tr><th scope="col" colspan="2">Tiltak &amp; mål</th><th scope="col">Status</th></tr></thead><tbody><tr><th scope="row">A</th><td data-label="Tiltak &amp; mål">B</td><td data-label="Status" class="x">C</td></tr></tbody></table>""", labelled);
    }

    [Fact]
    public void Leaves_a_table_with_two_header_rows_as_it_is()
    {
        const string html = """<table class="risk-matrix"><thead><tr><th colspan="2">Muligheter</th></tr><tr><th>Stor</th><th>Liten</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table>""";

        Assert.Equal(html, TableLabeller.Label(html));
    }

    /// <summary>Text around and between tables is copied as it is, also where it names a table; a table inside a comment is no table, and a comment hides none outside it.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("<!-- merknad -->")]
    [InlineData("<!-- <table><thead><tr><th>Skjult</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table> -->")]
    public void Labels_each_table_of_a_page_and_leaves_the_text_around_them(string comment)
    {
        const string stacked = """<table><thead><tr><th>Navn</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>""";
        const string matrix = """<TABLE class="risk-matrix"><thead><tr><th colspan="2">M</th></tr><tr><th>S</th><th>L</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></TABLE>""";
        var html = $"""<p>Før &lt;table&gt;<tablet>{comment}</p>{stacked}<p>Mellom</p>{matrix}<h2>Etter</h2>{stacked}<p>Slutt <td>løs</td></p>""";

        var labelled = TableLabeller.Label(html);

        var labelledTable = """<table data-stack><thead><tr><th>Navn</th></tr></thead><tbody><tr><td data-label="Navn">A</td></tr></tbody></table>""";
        Assert.Equal($"""<p>Før &lt;table&gt;<tablet>{comment}</p>{labelledTable}<p>Mellom</p>{matrix}<h2>Etter</h2>{labelledTable}<p>Slutt <td>løs</td></p>""", labelled);
    }

    [Fact]
    public void Every_stacked_table_on_the_real_site_labels_every_non_empty_data_cell()
    {
        var stacked = 0;
        foreach (var url in real.Site.PageUrls)
        {
            foreach (var table in real.Site.Page(url).QuerySelectorAll("table[data-stack]"))
            {
                stacked++;
                var unlabelled = table.QuerySelectorAll("tbody td").Where(td => td.TextContent.Trim().Length > 0 && string.IsNullOrEmpty(td.GetAttribute("data-label")));
                Assert.True(!unlabelled.Any(), $"{url}: a cell without a label: {unlabelled.FirstOrDefault()?.OuterHtml}");
            }
        }

        Assert.True(stacked > 10, $"Only {stacked} tables stack on the real site.");
    }
}
