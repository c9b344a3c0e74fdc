using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Milestones read the same in programme.yml and in a subproject.</summary>
public static class MilestoneBinder
{
    internal static readonly string[] Keys = ["title", "date", "status", "note"];

    /// <summary>
    /// Titles are unique within one list: calendars identify a milestone by its owner and title, so two with one
    /// title would overwrite each other in a reader's calendar.
    /// </summary>
    public static IEnumerable<Milestone> BindAll(FieldReader parent)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in parent.Items("milestones", Keys))
        {
            var milestone = Bind(item);
            if (milestone is null)
            {
                continue;
            }

            if (seen.TryGetValue(milestone.Title, out var first))
            {
                item.Diagnostics.Error(DiagnosticCodes.DuplicateId, item.SpanOf("title"),
                    $"Milepælen «{milestone.Title}» står her fra før (linje {first.Line}). Gi milepælene ulike titler, for eksempel med det som skiller dem.");
                continue;
            }

            seen[milestone.Title] = item.SpanOf("title");
            yield return milestone;
        }
    }

    private static Milestone? Bind(FieldReader item)
    {
        var title = item.Text("title", required: true);
        var date = item.Date("date");
        var status = item.Enum<MilestoneStatus>("status") ?? MilestoneStatus.Planned;
        return title is null ? null : new Milestone(title, date, status, item.Text("note"));
    }
}
