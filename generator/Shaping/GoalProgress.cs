using SiteGen.Model;

namespace SiteGen.Shaping;

public static class GoalProgress
{
    /// <summary>The value reported for the latest date; of two for the same date, the one written last.</summary>
    public static GoalValue? Latest(Goal goal)
    {
        GoalValue? latest = null;
        foreach (var value in goal.Values)
        {
            if (latest is null || value.Date.Start >= latest.Date.Start)
            {
                latest = value;
            }
        }

        return latest;
    }
}
