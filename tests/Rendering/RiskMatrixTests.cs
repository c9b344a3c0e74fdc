using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The matrix is the register's own: its axes, and each entry where the register marks it, nothing computed.</summary>
public class RiskMatrixTests(RealSite real) : IClassFixture<RealSite>
{
    private static readonly RiskMatrixAxes Axes = new("Sannsynlighet", "Konsekvens",
        [new RiskLevel("Stor", "25–50 %"), new RiskLevel("Liten", "1–5 %")],
        [new RiskColumnGroup(RiskKind.Opportunity, "Muligheter", ["Stor", "Liten"]), new RiskColumnGroup(RiskKind.Risk, "Risiko/trusler", ["Liten", "Kritisk"])]);

    [Fact]
    public void Takes_rows_columns_and_names_from_the_register_and_places_a_full_mark_in_its_cell_only()
    {
        var view = RiskMatrixView.Build(Axes, [Risk("R1", new RiskMark(RiskKind.Risk, "Kritisk", "Liten"))])!;

        Assert.Equal(["Stor", "Liten"], view.Rows.Select(r => r.Level!.Name));
        Assert.Equal(["Muligheter", "Risiko/trusler"], view.Groups.Select(g => g.Title));
        var filled = view.Rows.SelectMany(r => r.Cells).Where(c => c.Risks.Count > 0).ToList();
        Assert.Equal("R1", Assert.Single(Assert.Single(filled).Risks).Id);
        Assert.Equal(("Kritisk", "Liten"), (filled[0].Column.Name, filled[0].Level!.Name));
    }

    [Fact]
    public void Keeps_a_mark_that_names_only_a_column_or_only_a_row_apart_instead_of_guessing_a_cell()
    {
        var view = RiskMatrixView.Build(Axes,
        [
            Risk("R2", new RiskMark(RiskKind.Risk, "Kritisk", null)),
            Risk("M2", new RiskMark(RiskKind.Opportunity, null, "Stor")),
        ])!;

        var unmarkedRow = view.Rows[^1];
        Assert.Null(unmarkedRow.Level);
        Assert.Equal("R2", Assert.Single(unmarkedRow.Cells.Single(c => c.Column.Name == "Kritisk").Risks).Id);
        Assert.Equal([null], view.Groups[0].Columns.Where(c => c.Name is null).Select(c => c.Name));
        Assert.DoesNotContain(view.Groups[1].Columns, c => c.Name is null);
        Assert.Equal("M2", Assert.Single(view.Rows[0].Cells.Single(c => c.Column is { Group: RiskKind.Opportunity, Name: null }).Risks).Id);
    }

    [Fact]
    public void Lists_the_filled_cells_with_threats_before_opportunities_for_narrow_screens()
    {
        var view = RiskMatrixView.Build(Axes,
        [
            Risk("M2", new RiskMark(RiskKind.Opportunity, "Stor", "Stor")),
            Risk("R1", new RiskMark(RiskKind.Risk, "Liten", "Liten")),
        ])!;

        Assert.Equal(["Risiko/trusler", "Muligheter"], view.Places.Select(p => p.Group));
    }

    [Fact]
    public void Describes_a_mark_in_the_registers_words()
    {
        Assert.Equal("Muligheter: Stor (25–50 %)", RiskMatrixView.Describe(new RiskMark(RiskKind.Opportunity, null, "Stor"), Axes));
        Assert.Equal("Risiko/trusler: Kritisk", RiskMatrixView.Describe(new RiskMark(RiskKind.Risk, "Kritisk", null), Axes));
    }

    [Fact]
    public void Places_the_real_register_as_the_report_marks_it()
    {
        var view = RiskMatrixView.Build(real.Model.RiskRegister!.Matrix, real.Model.Risks)!;
        IEnumerable<string> Ids(string? column, string? row, RiskKind group) =>
            view.Rows.Single(r => r.Level?.Name == row).Cells.Single(c => c.Column.Group == group && c.Column.Name == column).Risks.Select(r => r.Id);

        Assert.Equal(["Veldig stor", "Stor", "Middels", "Liten", "Tilnærmet usannsynlig", null], view.Rows.Select(r => r.Level?.Name));
        Assert.Equal(["M2", "M3"], Ids(null, "Stor", RiskKind.Opportunity));
        Assert.Equal(["M2"], Ids(null, "Middels", RiskKind.Risk));
        Assert.Equal(["M3"], Ids(null, "Stor", RiskKind.Risk));
        Assert.Contains("R11", Ids("Middels", null, RiskKind.Risk));
        Assert.Contains("R11", Ids("Kritisk", null, RiskKind.Risk));
        Assert.DoesNotContain("R11", Ids("Katastrofe", null, RiskKind.Risk));
        Assert.Equal(["R1", "R2", "R3", "R9", "R10", "R12", "R13", "R14", "R20"], Ids("Katastrofe", null, RiskKind.Risk));
        Assert.Equal(["R11", "R20"], Ids("Middels", null, RiskKind.Risk));
    }

    private static Risk Risk(string id, RiskMark mark) =>
        new(id, mark.Group, id, null, [mark], null, null, null, [], []);
}
