using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>A milestone with the subproject it belongs to (none for the programme's own).</summary>
public sealed record MilestoneRow(Milestone Milestone, Subproject? Subproject);

/// <summary>
/// The site model with the lookups templates need (children of a subproject, its updates and risks, the
/// next milestones), computed once per build. Templates see it as <c>site</c>.
/// </summary>
public sealed class SiteView
{
    private readonly ILookup<string, Subproject> _children;
    private readonly Dictionary<string, Subproject> _subprojects;
    private readonly Dictionary<string, Update> _updates;

    public SiteView(SiteModel model, string baseUrl)
    {
        Model = model;
        BaseUrl = baseUrl.TrimEnd('/');
        _subprojects = model.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _updates = model.Updates.ToDictionary(u => u.Slug, StringComparer.Ordinal);
        _children = model.Subprojects.Where(s => s.Parent is not null).ToLookup(s => s.Parent!, StringComparer.Ordinal);
        AsOf = PartialDate.OfDay(model.AsOf);
        LastUpdated = model.Updates.Select(u => u.Date)
            .Concat(model.Messages.Where(m => m.Status == MessageStatus.Published).Select(m => m.Date))
            .Where(d => d.Start <= model.AsOf)
            .DefaultIfEmpty(AsOf)
            .Max()!;
        Milestones =
        [
            .. model.Programme.Milestones.Select(m => new MilestoneRow(m, null))
                .Concat(model.Subprojects.SelectMany(s => s.Milestones.Select(m => new MilestoneRow(m, s))))
                .OrderBy(r => r.Milestone.Date is null).ThenBy(r => r.Milestone.Date).ThenBy(r => r.Subproject?.Order ?? -1),
        ];
        TopSubprojects = [.. Model.Subprojects.Where(s => s.Parent is null)];
        MenuPages = [.. Model.Pages.Where(p => p.Menu)];
        UpcomingMilestones = [.. Milestones.Where(r =>
            r.Milestone.Status is MilestoneStatus.Planned or MilestoneStatus.Delayed && (r.Milestone.Date is null || r.Milestone.Date.End >= Model.AsOf))];
        Audiences = [.. Enum.GetValues<Audience>().Where(a => Model.Messages.Any(m => m.Audiences.Contains(a)))];
        StatusCounts = Aggregates.StatusCounts(TopSubprojects);
        MeasureRows = Aggregates.Measures(model.Subprojects);
        MeasureSummary = Aggregates.Summary(MeasureRows);
        GainGroups = Aggregates.GainsByType(model.Subprojects);
        MessageMonths = Aggregates.MessagesByMonth(model.Messages);
    }

    public SiteModel Model { get; }

    public Programme Programme => Model.Programme;

    public string BaseUrl { get; }

    public PartialDate AsOf { get; }

    /// <summary>
    /// When the programme last told something new: the newest update or published message up to the as-of date.
    /// Shown as "Sist oppdatert" so readers see how fresh the information is, not when the site was built.
    /// </summary>
    public PartialDate LastUpdated { get; }

    public ImmutableArray<Subproject> Subprojects => Model.Subprojects;

    public IReadOnlyList<Subproject> TopSubprojects { get; }

    /// <summary>The front page's one-line status: how many subprojects (not counting parts) have each status.</summary>
    public IReadOnlyList<StatusCount> StatusCounts { get; }

    public ImmutableArray<Update> Updates => Model.Updates;

    public ImmutableArray<Message> Messages => Model.Messages;

    public ImmutableArray<Risk> Risks => Model.Risks;

    public ImmutableArray<Page> Pages => Model.Pages;

    public IReadOnlyList<Page> MenuPages { get; }

    /// <summary>Every milestone of the programme and its subprojects, by date; undated last.</summary>
    public ImmutableArray<MilestoneRow> Milestones { get; }

    /// <summary>Milestones not yet reached: not done or cancelled, and not over before the as-of date.</summary>
    public IReadOnlyList<MilestoneRow> UpcomingMilestones { get; }

    /// <summary>Every measure of every subproject, in subproject order.</summary>
    public IReadOnlyList<MeasureRow> MeasureRows { get; }

    /// <summary>Count and estimated savings of all measures, per status and in all.</summary>
    public MeasureSummary MeasureSummary { get; }

    public MeasureSummary MeasureSummaryFor(Subproject subproject) => Aggregates.Summary(Aggregates.Measures([subproject]));

    public IReadOnlyList<GainGroup> GainGroups { get; }

    public IReadOnlyList<MessageMonth> MessageMonths { get; }

    /// <summary>The audiences some message is meant for, in the contract's order: each gets a page of its own.</summary>
    public IReadOnlyList<Audience> Audiences { get; }

    public IReadOnlyList<MessageMonth> MessageMonthsFor(Audience audience) =>
        Aggregates.MessagesByMonth(Model.Messages.Where(m => m.Audiences.Contains(audience)));

    /// <summary>A subproject followed by its parts: what its own timeline shows.</summary>
    public IReadOnlyList<Subproject> WithParts(Subproject subproject) => [subproject, .. ChildrenOf(subproject)];

    public Subproject? Subproject(string slug) => _subprojects.GetValueOrDefault(slug);

    public Update? Update(string slug) => _updates.GetValueOrDefault(slug);

    public IReadOnlyList<Subproject> ChildrenOf(Subproject subproject) => [.. _children[subproject.Slug]];

    public IReadOnlyList<Update> UpdatesFor(Subproject subproject) => [.. Model.Updates.Where(u => u.Subprojects.Contains(subproject.Slug))];

    public IReadOnlyList<Message> MessagesFor(Subproject subproject) => [.. Model.Messages.Where(m => m.Subprojects.Contains(subproject.Slug))];

    public IReadOnlyList<Risk> RisksFor(Subproject subproject) => [.. Model.Risks.Where(r => r.Subprojects.Contains(subproject.Slug))];

    public IReadOnlyList<Message> MessagesFor(Update update) => [.. Model.Messages.Where(m => m.Update == update.Slug)];
}
