using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class PeriodGroupsTests
{
    private static readonly PeriodCaptions Captions = new("{0}. kvartal {1}", "{0}. halvår {1}", "I løpet av {0}");

    [Fact]
    public void Dates_are_grouped_by_year_and_then_by_the_part_of_the_year_they_name_in_reading_order()
    {
        string[] dates = ["2025-03-01", "2024-H2", "2024", "2024-11", "2024-Q1", "2024-H1", "2024-05-02", "2024-Q3"];

        var years = PeriodGroups.ByYear(dates, Make.Date, Captions);

        Assert.Equal([2024, 2025], years.Select(y => y.Year));
        Assert.Equal(
            ["1. kvartal 2024", "2. kvartal 2024", "1. halvår 2024", "3. kvartal 2024", "4. kvartal 2024", "2. halvår 2024", "I løpet av 2024"],
            years[0].Periods.Select(p => p.Caption));
        Assert.Equal(["1. kvartal 2025"], years[1].Periods.Select(p => p.Caption));
        Assert.Equal(7, years[0].Count);
    }

    [Fact]
    public void Items_keep_their_order_within_a_group()
    {
        string[] dates = ["2024-02-10", "2024-Q1", "2024-01"];

        var group = Assert.Single(Assert.Single(PeriodGroups.ByYear(dates, Make.Date, Captions)).Periods);

        Assert.Equal(dates, group.Items);
    }
}
