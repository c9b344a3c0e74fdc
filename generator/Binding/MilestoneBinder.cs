using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Milestones read the same in programme.yml and in a subproject.</summary>
public static class MilestoneBinder
{
    internal static readonly string[] Keys = ["title", "date", "status", "note"];

    /// <summary>
    /// Titles may repeat: a plan reports "Rapportering av framdrift" in January and again in June. Calendars tell
    /// such milestones apart by date and order, not by title.
    /// </summary>
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
