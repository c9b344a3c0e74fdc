using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Milestones read the same in programme.yml and in a subproject.</summary>
public static class MilestoneBinder
{
    internal static readonly string[] Keys = ["title", "date", "status", "note"];

    public static IEnumerable<Milestone> BindAll(FieldReader parent) =>
        parent.Items("milestones", Keys).Select(Bind).OfType<Milestone>();

    private static Milestone? Bind(FieldReader item)
    {
        var title = item.Text("title", required: true);
        var date = item.Date("date");
        var status = item.Enum<MilestoneStatus>("status") ?? MilestoneStatus.Planned;
        return title is null ? null : new Milestone(title, date, status, item.Text("note"));
    }
}
