using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public class RiskMatrixTests(RealSite real) : IClassFixture<RealSite>
{
    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(1.9, 1)]
    [InlineData(3.5, 3)]
    [InlineData(4.3, 4)]
    [InlineData(5.0, 5)]
    public void Places_probability_in_the_band_it_rounds_down_to(double probability, int band) =>
        Assert.Equal(band, RiskMatrix.BandOf((decimal)probability));

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(2.5, 2)]
    [InlineData(3.99, 3)]
    [InlineData(4.1, 4)]
    [InlineData(5.0, 4)]
    public void Splits_consequence_into_four_equal_columns(double consequence, int column) =>
        Assert.Equal(column, RiskMatrix.ColumnOf((decimal)consequence));

    [Fact]
    public void Puts_every_risk_and_opportunity_of_the_register_in_exactly_one_cell_of_its_own_side()
    {
        var matrix = RiskMatrix.Build(real.Model.Risks);

        foreach (var risk in real.Model.Risks)
        {
            var cells = matrix.SelectMany(b => b.Cells.Select(c => (b.Level, c))).Where(x => x.c.Risks.Contains(risk)).ToList();
            var (level, cell) = Assert.Single(cells);
            Assert.Equal(risk.Kind, cell.Kind);
            Assert.Equal(RiskMatrix.BandOf(risk.Probability), level);
            Assert.Equal(RiskMatrix.ColumnOf(risk.Consequence), cell.Column);
        }
    }

    [Fact]
    public void Reads_top_down_from_very_likely_with_opportunities_left_and_risks_right()
    {
        var matrix = RiskMatrix.Build([Risk("M1", RiskKind.Opportunity, 4.5m, 5m), Risk("R1", RiskKind.Risk, 4.5m, 5m), Risk("R2", RiskKind.Risk, 1m, 1m)]);

        Assert.Equal([5, 4, 3, 2, 1], matrix.Select(b => b.Level));
        var likely = matrix[1].Cells;
        Assert.Equal(8, likely.Count);
        Assert.Equal("M1", Assert.Single(likely[0].Risks).Id);
        Assert.Equal("R1", Assert.Single(likely[7].Risks).Id);
        Assert.Equal("high", likely[7].Severity);
        Assert.Equal("low", matrix[4].Cells[4].Severity);
        Assert.StartsWith("opportunity_", likely[0].Severity);
    }

    private static Risk Risk(string id, RiskKind kind, decimal probability, decimal consequence) =>
        new(id, kind, id, null, probability, consequence, null, [], []);
}
