using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

public enum TimelineRowKind { Programme, Subproject, Part, Phase }

/// <summary>
/// One line of the timeline: the programme's own milestones, a subproject, a part of one, or a phase. The chart draws
/// these rows as bars and markers; the phone list writes the same rows as text.
/// </summary>
public sealed record TimelineRow(
    string Label, TimelineRowKind Kind, PartialDate? Start, PartialDate? End, Enum? Status, bool IsOverdue, IReadOnlyList<Milestone> Milestones, Subproject? Subproject)
{
    public string KindKey => EnumKeys.KeyOf(Kind);

    /// <summary>Rows in the order the timeline shows them: programme first, then each subproject with its phases and its parts.</summary>
    public static List<TimelineRow> Of(IReadOnlyList<Subproject> subprojects, IReadOnlyList<Milestone> programmeMilestones, string programmeLabel, DateOnly asOf)
    {
        var rows = new List<TimelineRow>();
        if (programmeMilestones.Count > 0)
        {
            rows.Add(new TimelineRow(programmeLabel, TimelineRowKind.Programme, null, null, null, false, programmeMilestones, null));
        }

        var slugs = subprojects.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var children = subprojects.Where(s => s.Parent is not null).ToLookup(s => s.Parent!);
        foreach (var subproject in subprojects.Where(s => s.Parent is null || !slugs.Contains(s.Parent)))
        {
            Add(rows, subproject, TimelineRowKind.Subproject, asOf);
            foreach (var child in children[subproject.Slug])
            {
                Add(rows, child, TimelineRowKind.Part, asOf);
            }
        }

        return rows;
    }

    private static void Add(List<TimelineRow> rows, Subproject subproject, TimelineRowKind kind, DateOnly asOf)
    {
        rows.Add(new TimelineRow(subproject.Title, kind, subproject.Start, subproject.End, subproject.Status, false, subproject.Milestones, subproject));
        rows.AddRange(subproject.Phases.Select(p => new TimelineRow(p.Title, TimelineRowKind.Phase, p.Start, p.End, p.Status, Shaping.Schedule.IsOverdue(p, asOf), [], null)));
    }
}
