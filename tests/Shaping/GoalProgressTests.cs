using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class GoalProgressTests
{
    [Fact]
    public void The_latest_value_is_the_one_for_the_latest_date_whatever_the_order_written()
    {
        var goal = Goal(Value("2023-12", 4.1m), Value("2024-06", 5.2m), Value("2022", 3.0m));

        Assert.Equal(5.2m, GoalProgress.Latest(goal)!.Value);
    }

    [Fact]
    public void Of_two_values_for_the_same_date_the_one_written_last_counts() =>
        Assert.Equal(2m, GoalProgress.Latest(Goal(Value("2024", 1m), Value("2024", 2m)))!.Value);

    [Fact]
    public void A_goal_without_values_has_no_latest_value() => Assert.Null(GoalProgress.Latest(Goal()));

    private static GoalValue Value(string date, decimal value) => new(Make.Date(date), value, null);

    private static Goal Goal(params GoalValue[] values) =>
        new("g", "Mål", GoalUnit.Percent, Comparison.AtLeast, 7, null, null, [.. values]);
}
