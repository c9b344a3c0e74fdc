using SiteGen.Model;
using CsvHelper;
using SiteGen.Emit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Emit;

public class OpenDataCsvTests(RealSite real) : IClassFixture<RealSite>
{
    private (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Read(string file)
    {
        using var stream = File.OpenRead(real.Site.FileOf("/data/" + file));
        using var reader = CsvReader.Create(stream);
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(f => f.name, f => f.value));
        }

        return (header, rows);
    }

    [Fact]
    public void Every_documented_table_is_a_csv_file_with_the_documented_columns()
    {
        Assert.Equal(
            ["subprojects.csv", "milestones.csv", "measures.csv", "gains.csv", "risks.csv", "messages.csv", "updates.csv"],
            OpenDataTables.All.Select(t => t.File));
        Assert.All(OpenDataTables.All, table => Assert.Equal(table.Columns.Select(c => c.Name), Read(table.File).Header));
    }

    [Fact]
    public void Files_start_with_a_bom_for_excel_and_end_lines_with_crlf()
    {
        var bytes = File.ReadAllBytes(real.Site.FileOf("/data/subprojects.csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.EndsWith("\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Subprojects_have_one_row_each_with_content_keys_and_dates()
    {
        var rows = Read("subprojects.csv").Rows;

        Assert.Equal(real.Model.Subprojects.Select(s => s.Slug), rows.Select(r => r["slug"]));
        var first = real.Model.Subprojects[0];
        Assert.Equal(first.Title, rows[0]["title"]);
        Assert.Equal(EnumKeys.KeyOf(first.Status), rows[0]["status"]);
        Assert.Equal(first.Start?.Iso ?? "", rows[0]["start"]);
    }

    [Fact]
    public void Milestones_include_the_programmes_own_with_an_empty_subproject()
    {
        var rows = Read("milestones.csv").Rows;

        Assert.Equal(real.Model.Programme.Milestones.Length + real.Model.Subprojects.Sum(s => s.Milestones.Length), rows.Count);
        Assert.Equal(real.Model.Programme.Milestones.Select(m => m.Title), rows.Where(r => r["subproject"] == "").Select(r => r["title"]));
        Assert.Contains(rows, r => r["date"].Contains("-Q", StringComparison.Ordinal));
    }

    [Fact]
    public void Measures_and_gains_give_money_as_low_and_high()
    {
        var measures = Read("measures.csv").Rows;
        var gains = Read("gains.csv").Rows;

        var modelMeasures = real.Model.Subprojects.SelectMany(s => s.Measures.Select(m => (s.Slug, m))).ToList();
        Assert.Equal(modelMeasures.Select(x => (x.Slug, x.m.Title)), measures.Select(r => (r["subproject"], r["title"])));
        var ranged = modelMeasures.First(x => x.m.Estimate is { IsRange: true });
        var row = measures.Single(r => r["subproject"] == ranged.Slug && r["title"] == ranged.m.Title);
        Assert.Equal((ranged.m.Estimate!.Low.ToString(), ranged.m.Estimate.High.ToString()), (row["estimate_low"], row["estimate_high"]));

        var modelGains = real.Model.Subprojects.SelectMany(s => s.Gains).ToList();
        Assert.Equal(modelGains.Count, gains.Count);
        Assert.Equal(modelGains.Select(g => g.Estimate?.High.ToString() ?? ""), gains.Select(r => r["estimate_high"]));
    }

    [Fact]
    public void Risks_messages_and_updates_have_one_row_per_item()
    {
        Assert.Equal(real.Model.Risks.Select(r => r.Id), Read("risks.csv").Rows.Select(r => r["id"]));
        Assert.Equal(real.Model.Messages.Select(m => m.Slug), Read("messages.csv").Rows.Select(r => r["slug"]));
        var updates = Read("updates.csv").Rows;
        Assert.Equal(real.Model.Updates.Select(u => u.Date.Iso), updates.Select(r => r["date"]));
        Assert.Equal(string.Join(';', real.Model.Updates[0].Subprojects), updates[0]["subprojects"]);
    }
}
