using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;

namespace SiteGen.Shaping;

/// <summary>Builds the page model of every page kind but the subproject page, each from the index in one pass over its items.</summary>
public sealed class PageShaper
{
    private const int UpcomingOnFrontPage = 5;
    private const int UpdatesOnFrontPage = 3;

    private readonly SiteModel _site;
    private readonly SiteIndex _index;
    private readonly SourceIndex _sources;
    private readonly ItemFactory _items;
    private readonly UiStrings _strings;
    private readonly TimelineChart _timeline;
    private readonly GoalChart _goalChart;
    private readonly IReadOnlyList<Subproject> _topLevel;
    private readonly IReadOnlyList<MilestoneItem> _milestones;

    public PageShaper(SiteModel site, SiteIndex index, SourceIndex sources, ItemFactory items, UiStrings strings)
    {
        _site = site;
        _index = index;
        _sources = sources;
        _items = items;
        _strings = strings;
        _timeline = new TimelineChart(strings);
        _goalChart = new GoalChart(strings);
        _topLevel = [.. site.Subprojects.Where(s => s.Parent is null)];
        _milestones =
        [
            .. site.Programme.Milestones.Select(m => (Milestone: m, Subproject: (Subproject?)null))
                .Concat(site.Subprojects.SelectMany(s => s.Milestones.Select(m => (Milestone: m, Subproject: (Subproject?)s))))
                .OrderBy(r => r.Milestone.Date is null).ThenBy(r => r.Milestone.Date).ThenBy(r => r.Subproject?.Order ?? -1)
                .Select(r => items.Milestone(r.Milestone, r.Subproject)),
        ];
        Audiences = [.. Enum.GetValues<Audience>().Where(a => site.Messages.Any(m => m.Audiences.Contains(a)))];
    }

    public TimelineChart Timeline => _timeline;

    /// <summary>The audiences some message is meant for, in the contract's order: each gets a page of its own.</summary>
    public IReadOnlyList<Audience> Audiences { get; }

    public HomePage Home()
    {
        var upcoming = _milestones.Where(m => Schedule.IsUpcoming(m.Milestone, _site.AsOf)).ToList();
        return new HomePage(
            _site.Programme,
            StatusOrder.Group(_topLevel, s => s.Status),
            ReportFreshness.ByHealth(_topLevel),
            ReportFreshness.Of(_site),
            upcoming.FirstOrDefault(),
            _site.Programme.Goals.Length > 0 ? Goal(_site.Programme.Goals[0], 1) : null,
            [.. _topLevel.Select(_items.Card)],
            [.. upcoming.Take(UpcomingOnFrontPage)],
            [.. _site.Updates.Take(UpdatesOnFrontPage).Select(_items.Update)]);
    }

    public SubprojectListPage Subprojects() =>
        new([.. StatusOrder.Group(_topLevel.Select(_items.Card), c => c.Subproject.Status)]);

    public MilestonesPage Milestones()
    {
        var captions = new PeriodCaptions(
            _strings.Text("milestones.quarter_caption"), _strings.Text("milestones.half_year_caption"), _strings.Text("milestones.year_caption"));
        return new MilestonesPage(
            _timeline.Render("tidslinje", _site.Subprojects, _site.Programme.Milestones, PartialDate.OfDay(_site.AsOf), _strings.Text("timeline_title")),
            [.. _topLevel.SelectMany(s => (IEnumerable<Subproject>)[s, .. _index.PartsOf(s)]).Select(_items.Phases)],
            _milestones.Count,
            PeriodGroups.ByYear(_milestones.Where(m => m.Milestone.Date is not null), m => m.Milestone.Date!, captions),
            [.. _milestones.Where(m => m.Milestone.Date is null)]);
    }

    public GoalsPage Goals()
    {
        var measures = Aggregates.Measures(_site.Subprojects);
        return new GoalsPage(
            [.. _site.Programme.Goals.Select((g, i) => Goal(g, i + 1))],
            _site.Programme.Aims,
            Aggregates.GainsByType(_site.Subprojects),
            measures,
            Aggregates.Summary(measures),
            _sources.Cite(SourceIndex.Distinct(measures.Select(m => m.Measure.Sources))));
    }

    public RisksPage Risks() =>
        new(RiskMatrixView.Build(_site.RiskRegister?.Matrix, _site.Risks), _items.Risks(_site.Risks, full: true), _site.RiskRegister?.NotDescribed,
            _sources.Cite(SourceIndex.Distinct(_site.Risks.Select(r => r.Sources))));

    public SourcesPage Sources() => new(_sources.Entries);

    public FreePage Free(Page page) => new(page, _sources.Cite(page.Sources));

    public CommunicationPage Communication() =>
        new(_site.Programme.CommunicationPlan, AudienceLinks(null), _items.MessageMonths(_site.Messages));

    public AudiencePage Audience(Audience audience) =>
        new(audience, AudienceLinks(audience), _items.MessageMonths(_site.Messages.Where(m => m.Audiences.Contains(audience))));

    public UpdatesPage Updates() => new([.. _site.Updates.Select(_items.Update)]);

    public UpdatePage Update(Update update) =>
        new(_items.Update(update), _index.Subprojects(update.Subprojects), [.. _index.MessagesOf(update).Select(_items.Message)], _sources.Cite(update.Sources));

    public static DataPage Data(IEnumerable<OpenDataTable> tables) =>
        new([.. tables.Select(t => new DataFile(t, "fil-" + Path.GetFileNameWithoutExtension(t.File)))]);

    private List<AudienceLink> AudienceLinks(Audience? current)
    {
        var counts = new Dictionary<Audience, int>();
        foreach (var audience in _site.Messages.SelectMany(m => m.Audiences.Distinct()))
        {
            counts[audience] = counts.GetValueOrDefault(audience) + 1;
        }

        return [.. Audiences.Select(a => new AudienceLink(a, SiteUrls.Audience(a), counts.GetValueOrDefault(a), a == current))];
    }

    private GoalView Goal(Goal goal, int number) =>
        new(goal, "mal-" + number, GoalProgress.Latest(goal), goal.Values.Length > 0 ? _goalChart.Render("maldiagram-" + number, goal) : "");
}
