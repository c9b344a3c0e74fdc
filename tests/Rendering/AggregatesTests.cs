using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public class AggregatesTests
{
    [Fact]
    public void Totals_per_status_stay_ranges_when_any_estimate_is_a_range_and_count_unestimated_measures()
    {
        var subproject = Subproject(
            Measure("A", MeasureStatus.Implemented, new Money(200000, 400000)),
            Measure("B", MeasureStatus.Implemented, Money.Exact(120000)),
            Measure("C", MeasureStatus.Implemented, null),
            Measure("D", MeasureStatus.NotFeasible, Money.Exact(50000)));

        var totals = Aggregates.MeasureTotals(Aggregates.Measures([subproject]));

        var implemented = totals.Single(t => t.Status == MeasureStatus.Implemented);
        Assert.Equal(3, implemented.Count);
        Assert.Equal(2, implemented.Estimated);
        Assert.Equal(new Money(320000, 520000), implemented.Total);
        Assert.Equal(Money.Exact(50000), totals.Single(t => t.Status == MeasureStatus.NotFeasible).Total);
    }

    [Fact]
    public void Gains_are_grouped_by_type_in_the_contracts_order_with_the_subproject_they_come_from()
    {
        var subproject = Subproject() with
        {
            Gains = [new Gain(GainType.Quality, "Bedre", null, null), new Gain(GainType.Cost, "Billigere", Money.Exact(120000), null)],
        };

        var groups = Aggregates.GainsByType([subproject]);

        Assert.Equal([GainType.Cost, GainType.Quality], groups.Select(g => g.Type));
        Assert.Equal((Money.Exact(120000), (int?)null), (groups[0].Sum.Total, groups[0].Sum.MissingEstimates));
        Assert.Equal(((Money?)null, (int?)1), (groups[1].Sum.Total, groups[1].Sum.MissingEstimates));
        Assert.Equal(new SubprojectLink(subproject.Title, SiteUrls.Subproject(subproject.Slug)), groups[0].Gains[0].Subproject);
    }

    [Fact]
    public void Messages_are_grouped_by_month_in_date_order()
    {
        Message At(string date) => new(date, "", "", PartialDate.TryParse(date)!, [], [], null, MessageStatus.Planned, [], null, false, new MarkdownText("", default));

        var months = Aggregates.MessagesByMonth([At("2024-05-24"), At("2024-02-16"), At("2024-05-22")]);

        Assert.Equal(["februar 2024", "mai 2024"], months.Select(m => m.Month.Norwegian));
        Assert.Equal(2, months[1].Messages.Count);
    }

    private static Subproject Subproject(params Measure[] measures) =>
        new("test", "test.md", "Test", null, SubprojectStatus.Active, null, null, null, null, null, null, null, null,
            null, null, null, null, null, 1, [], [], [.. measures], [], null, [], false, new MarkdownText("", default));

    private static Measure Measure(string title, MeasureStatus status, Money? estimate) =>
        new(title, status, null, null, null, estimate, null, null, null, null, []);
}
