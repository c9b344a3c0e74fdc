using SiteGen.Model;

namespace SiteGen.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024-03-18", "18. mars 2024", "2024-03-18", "2024-03-18")]
    [InlineData("2024-06", "juni 2024", "2024-06-01", "2024-06-30")]
    [InlineData("2024-Q2", "2. kvartal 2024", "2024-04-01", "2024-06-30")]
    [InlineData("2024-H2", "2. halvår 2024", "2024-07-01", "2024-12-31")]
    [InlineData("2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "februar 2024", "2024-02-01", "2024-02-29")]
    public void Reads_each_precision_in_norwegian_and_spans_the_whole_period(string text, string norwegian, string start, string end)
    {
        var date = PartialDate.TryParse(text)!;

        Assert.Equal(norwegian, date.Norwegian);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(text, date.Iso);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("2024-Q5")]
    [InlineData("2024-H3")]
    [InlineData("18.03.2024")]
    [InlineData("mars 2024")]
    [InlineData("2024-3")]
    public void Rejects_malformed_and_impossible_dates(string text) => Assert.Null(PartialDate.TryParse(text));

    [Fact]
    public void Sorts_by_the_end_of_the_period_with_the_shorter_period_first()
    {
        var dates = new[] { "2024-H2", "2024", "2024-Q3", "2024-09-30", "2024-07-15", "2024-07", "2024-04", "2024-04-03", "2023-12" }.Select(d => PartialDate.TryParse(d)!);

        var sorted = dates.Order().Select(d => d.Iso);

        Assert.Equal(["2023-12", "2024-04-03", "2024-04", "2024-07-15", "2024-07", "2024-09-30", "2024-Q3", "2024-H2", "2024"], sorted);
    }
}
