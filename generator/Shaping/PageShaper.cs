using SiteGen.Emit;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;

namespace SiteGen.Shaping;

/// <summary>
/// What the pages of a section are shaped from: values of the whole programme, and what they show of each subproject,
/// for a preview session to keep them while it is the same (<see cref="ListKeeper"/>).
/// </summary>
public sealed record SectionInputs(object Programme, IReadOnlyList<Subproject> Subprojects, Func<Subproject, object> Shown);

/// <summary>A page that a long list gets of its own (a status, a year, a page number), with its title and template.</summary>
public sealed record ListRoute(string Url, string Title, string Template, PageModel Model);

/// <summary>
/// Builds the page model of every page kind but the subproject page, each from the index in one pass over its items.
/// Lists that grow with the programme get pages of their own when they are too long for one (<see cref="Paging"/>).
/// </summary>
public sealed class PageShaper
{
    private const int UpcomingOnFrontPage = 5;
    private const int UpdatesOnFrontPage = 3;

    /// <summary>More rows than this make the timeline and the phases table too long to read (and the page too large).</summary>
    public const int TimelineMaxSubprojects = 100;

    private readonly SiteModel _site;
    private readonly SiteIndex _index;
    private readonly SourceIndex _sources;
    private readonly ItemFactory _items;
    private readonly UiStrings _strings;
    private readonly TimelineChart _timeline;
    private readonly GoalChart _goalChart;
    private readonly IReadOnlyList<Subproject> _topLevel;

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
        var planned = site.Programme.CommunicationAudiences.Select(a => a.Audience).ToHashSet();
        Audiences = [.. Enum.GetValues<Audience>().Where(a => planned.Contains(a) || site.Messages.Any(m => m.Audiences.Contains(a)))];
    }

    public TimelineChart Timeline => _timeline;

    /// <summary>
    /// The programme's milestones, then each subproject's in the site's order, by date (undated last): a sort by date
    /// keeps that order within a date.
    /// </summary>
    private IEnumerable<MilestoneItem> MilestonesByDate(Func<Milestone, bool> which, int? first = null)
    {
        var sorted = _site.Programme.Milestones.Select(m => (Milestone: m, Subproject: (SubprojectLink?)null))
            .Concat(Aggregates.RowsOf(_site.Subprojects, s => s.Milestones, (m, link) => (Milestone: m, Subproject: (SubprojectLink?)link)))
            .Where(r => which(r.Milestone))
            .OrderBy(r => r.Milestone.Date is null).ThenBy(r => r.Milestone.Date);
        // Only the first few sorted when only they are shown: the front page's of 80,000 milestones at 10,000 subprojects.
        return (first is { } count ? sorted.Take(count) : sorted).Select(r => _items.Milestone(r.Milestone, r.Subproject));
    }

    /// <summary>The audiences the plan names or some message is meant for, in the contract's order: each gets a page of its own.</summary>
    public IReadOnlyList<Audience> Audiences { get; }

    public HomePage Home()
    {
        List<MilestoneItem> upcoming = [.. MilestonesByDate(m => Schedule.IsUpcoming(m, _site.AsOf), UpcomingOnFrontPage)];
        var tooMany = _topLevel.Count > Paging.MaxItems;
        return new HomePage(
            _site.Programme,
            StatusOrder.Group(_topLevel, s => s.Status),
            ReportFreshness.ByHealth(_topLevel),
            ReportFreshness.Of(_site),
            upcoming.FirstOrDefault(),
            _site.Programme.Goals.Length > 0 ? Goal(_site.Programme.Goals[0], 1) : null,
            tooMany ? [] : [.. _topLevel.Select(_items.Card)],
            tooMany,
            upcoming,
            [.. _site.Updates.Take(UpdatesOnFrontPage).Select(_items.Update)]);
    }

    /// <summary>What <see cref="Subprojects"/> is shaped from: each subproject as a whole.</summary>
    public SectionInputs SubprojectsInputs() => new(Array.Empty<object>(), _site.Subprojects, s => s);

    /// <summary>The subproject list, and when it is too long for one page, the pages of each status.</summary>
    public (SubprojectListPage Page, IReadOnlyList<ListRoute> Lists) Subprojects()
    {
        var groups = StatusOrder.Group(_topLevel.Select(s => _items.Card(s) with { ListsParts = true }), c => c.Subproject.Status);
        if (_topLevel.Count <= Paging.MaxItems)
        {
            return (new SubprojectListPage(groups, []), []);
        }

        var lists = groups.SelectMany(g => Paging.Split(g.Items, SiteUrls.SubprojectsWithStatus(g.Status)).Select(part =>
            new ListRoute(part.Pager.Urls[part.Pager.Number - 1], Numbered(_strings.Label(g.Status), part.Pager), "subprojects-status.sbn",
                new SubprojectStatusPage(g.Status, part.Items, part.Pager)))).ToList();
        return (new SubprojectListPage([], [.. groups.Select(g => new ListLink(_strings.Label(g.Status), SiteUrls.SubprojectsWithStatus(g.Status), g.Count))]), lists);
    }

    /// <summary>
    /// What <see cref="Milestones"/> is shaped from: past <see cref="TimelineMaxSubprojects"/> it shows of a subproject
    /// only its title, address and milestones, so that a new status does not shape and digest the 80,000 rows of
    /// 10,000 subprojects again.
    /// </summary>
    public SectionInputs MilestonesInputs() =>
        new(new object[] { _site.AsOf, _site.Programme.Milestones }, _site.Subprojects,
            _site.Subprojects.Length > TimelineMaxSubprojects ? s => new object[] { s.Slug, s.Title, s.Milestones } : s => s);

    /// <summary>The milestones page, and when the milestones are too many for one page, the pages of each year.</summary>
    public (MilestonesPage Page, IReadOnlyList<ListRoute> Lists) Milestones()
    {
        var captions = new PeriodCaptions(
            _strings.Text("milestones.quarter_caption"), _strings.Text("milestones.half_year_caption"), _strings.Text("milestones.year_caption"));
        // Past this size the chart and the phases table would be too long to read; each subproject's page has its own.
        var condensed = _site.Subprojects.Length > TimelineMaxSubprojects;
        var timeline = condensed
            ? ""
            : _timeline.Render("tidslinje", _site.Subprojects, _site.Programme.Milestones, PartialDate.OfDay(_site.AsOf), _strings.Text("timeline_title"));
        List<PhaseGroup> phases = condensed ? [] : [.. _topLevel.SelectMany(s => (IEnumerable<Subproject>)[s, .. _index.PartsOf(s)]).Select(_items.Phases)];
        List<MilestoneItem> all = [.. MilestonesByDate(_ => true)];
        var dated = all.Where(m => m.Milestone.Date is not null).ToList();
        var undated = all.Where(m => m.Milestone.Date is null).ToList();
        if (all.Count <= Paging.MaxItems)
        {
            return (new MilestonesPage(timeline, phases, condensed, all.Count, PeriodGroups.ByYear(dated, m => m.Milestone.Date!, captions), undated, []), []);
        }

        var years = dated.GroupBy(m => (int?)m.Milestone.Date!.Year).Append(undated.GroupBy(_ => (int?)null).FirstOrDefault()).OfType<IGrouping<int?, MilestoneItem>>().ToList();
        var lists = years.SelectMany(year => Paging.Split(year.ToList(), SiteUrls.MilestonesOfYear(year.Key)).Select(part =>
            new ListRoute(part.Pager.Urls[part.Pager.Number - 1], Numbered(YearTitle(year.Key), part.Pager), "milestones-list.sbn",
                new MilestoneListPage(year.Key is null
                    ? [new PeriodGroup<MilestoneItem>(new PeriodPart(PeriodKind.Year, 0), _strings.Text("milestones.undated"), part.Items)]
                    : PeriodGroups.ByYear(part.Items, m => m.Milestone.Date!, captions)[0].Periods, part.Pager)))).ToList();
        var links = years.Select(y => new ListLink(y.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? _strings.Text("milestones.undated"), SiteUrls.MilestonesOfYear(y.Key), y.Count())).ToList();
        return (new MilestonesPage(timeline, phases, condensed, all.Count, [], [], links), lists);
    }

    /// <summary>What <see cref="Goals"/> is shaped from: the programme, and of each subproject its title, address, measures and gains.</summary>
    public SectionInputs GoalsInputs() =>
        new(new object[] { _site.AsOf, _site.Programme }, _site.Subprojects, s => new object[] { s.Slug, s.Title, s.Measures, s.Gains });

    /// <summary>The goals page, and when the gains or measures are too many for one page, their own pages.</summary>
    public (GoalsPage Page, IReadOnlyList<ListRoute> Lists) Goals()
    {
        var measures = Aggregates.Measures(_site.Subprojects);
        var gains = Aggregates.GainsByType(_site.Subprojects);
        var gainsElsewhere = gains.Sum(g => g.Gains.Count) > Paging.MaxItems;
        var measuresElsewhere = measures.Count > Paging.MaxItems;
        var lists = new List<ListRoute>();
        var links = new List<ListLink>();
        if (gainsElsewhere)
        {
            foreach (var group in gains)
            {
                var title = _strings.Text("goals.gains_caption") + ": " + _strings.Label(group.Type);
                lists.AddRange(Paging.Split(group.Gains, SiteUrls.GainsOfType(group.Type)).Select(part =>
                    new ListRoute(part.Pager.Urls[part.Pager.Number - 1], Numbered(title, part.Pager), "gains-list.sbn", new GainListPage(new GainTable(group.Sum, part.Items), part.Pager))));
                links.Add(new ListLink(title, SiteUrls.GainsOfType(group.Type), group.Gains.Count));
            }
        }

        if (measuresElsewhere)
        {
            var title = _strings.Text("goals.measures_caption");
            lists.AddRange(Paging.Split(measures, SiteUrls.AllMeasures).Select(part =>
                new ListRoute(part.Pager.Urls[part.Pager.Number - 1], Numbered(title, part.Pager), "measures-list.sbn", new MeasureListPage(part.Items, part.Pager))));
            links.Add(new ListLink(title, SiteUrls.AllMeasures, measures.Count));
        }

        var page = new GoalsPage(
            [.. _site.Programme.Goals.Select((g, i) => Goal(g, i + 1))],
            _site.Programme.Aims,
            [.. gains.Select(g => new GainTable(g.Sum, gainsElsewhere ? [] : g.Gains))],
            measures.Count > 0,
            measuresElsewhere ? [] : measures,
            Aggregates.Summary(measures),
            _sources.Cite(SourceIndex.Distinct(measures.Select(m => m.Measure.Sources))),
            links);
        return (page, lists);
    }

    /// <summary>The search page's list: every page when they fit on one page, else the sections (the first pages routed).</summary>
    public static SearchPage Search(IReadOnlyList<PageLink> pages, int sections) =>
        pages.Count <= Paging.MaxItems ? new SearchPage(pages, false) : new SearchPage([.. pages.Take(sections)], true);

    /// <summary>The updates list, a page of at most <see cref="Paging.MaxItems"/> at a time.</summary>
    public IReadOnlyList<Paged<UpdateItem>> Updates() => Paging.Split([.. _site.Updates.Select(_items.Update)], SiteUrls.Updates);

    /// <summary>"Oppdateringer", then "Oppdateringer, side 2" on the next pages.</summary>
    public string Numbered(string title, Pager pager) =>
        pager.Number == 1 ? title : _strings.Format("paged_title", title, pager.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string YearTitle(int? year) =>
        year is null ? _strings.Text("milestones.undated_title") : _strings.Format("milestones.year_title", year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public RisksPage Risks() =>
        new(RiskMatrixView.Build(_site.RiskRegister?.Matrix, _site.Risks), _items.Risks(_site.Risks, full: true), _site.RiskRegister?.NotDescribed,
            _sources.Cite(SourceIndex.Distinct(_site.Risks.Select(r => r.Sources))));

    /// <summary>
    /// How many of the pages that build on one source /kilder/ lists. A source that every subproject cites would list
    /// all of them: at 10,000 subprojects a page of a megabyte, of no use to a reader; each of those pages names its sources.
    /// </summary>
    public const int SourceUsesListed = 100;

    /// <summary>What <see cref="Sources"/> is shaped from: the sources, and the title, address and citations of everything that cites them.</summary>
    public SectionInputs SourcesInputs() =>
        new(new object[]
            {
                _site.Programme.Sources, _site.Risks.Select(r => r.Sources).ToList(),
                _site.Updates.Select(u => new object[] { u.Slug, u.Title, u.Sources }).ToList(), _site.Pages.Select(p => new object[] { p.Slug, p.Title, p.Sources }).ToList(),
            },
            _site.Subprojects, s => new object[] { s.Slug, s.Title, s.Sources, s.Measures.Select(m => m.Sources).ToList() });

    public SourcesPage Sources() =>
        new([.. _sources.Entries.Select(e => new SourceView(
            e.Source,
            SiteUrls.SourceAnchor(e.Source.Id),
            [
                new DateFact(_strings.Text("sources.date"), e.Source.Date),
                new TextFact(_strings.Text("sources.issued_by"), e.Source.IssuedBy),
                .. e.Source.FileUrl is { } file ? [new LinkFact(_strings.Text("sources.file"), file, e.Source.File!)] : Array.Empty<Fact>(),
                .. e.Source.Url is { } url ? [new LinkFact(_strings.Text("sources.document"), url, url)] : Array.Empty<Fact>(),
            ],
            Block.For("sources", (IReadOnlyList<SourceUse>)[.. e.Uses.Take(SourceUsesListed)], (e.Uses.Count > 0, "uses"), (true, "no-uses")),
            e.Uses.Count > SourceUsesListed
                ? new ItemBlock<string>("partials/sources/more.sbn", _strings.Format("sources.more", NorwegianFormat.Number(e.Uses.Count - SourceUsesListed)))
                : null))]);

    public FreePage Free(Page page) => new(page, _sources.Cite(page.Sources));

    public CommunicationPage Communication() =>
        new(_site.Programme.CommunicationPlan, _site.Programme.CommunicationOwner, _site.Programme.CommunicationDue, AudienceLinks(null), _items.MessageMonths(_site.Messages));

    public AudiencePage Audience(Audience audience) =>
        new(audience, _strings.Format("communication.audience_intro", _strings.Label(audience).ToLowerInvariant()), AudienceLinks(audience), _items.MessageMonths(_site.Messages.Where(m => m.Audiences.Contains(audience))));

    public UpdatePage Update(Update update) =>
        new(_items.Update(update), _index.Subprojects(update.Subprojects), [.. _index.MessagesOf(update).Select(_items.Message)], _sources.Cite(update.Sources));

    public static DataPage Data(IEnumerable<OpenDataTable> tables, UiStrings strings) =>
        new([.. tables.Select(t => new DataFile(t, "fil-" + Path.GetFileNameWithoutExtension(t.File), strings.Format("data.columns_caption", t.File)))]);

    private List<AudienceLink> AudienceLinks(Audience? current)
    {
        var counts = new Dictionary<Audience, int>();
        foreach (var audience in _site.Messages.SelectMany(m => m.Audiences.Distinct()))
        {
            counts[audience] = counts.GetValueOrDefault(audience) + 1;
        }

        var plan = _site.Programme.CommunicationAudiences.ToDictionary(a => a.Audience);
        return [.. Audiences.Select(a => new AudienceLink(a, SiteUrls.Audience(a), counts.GetValueOrDefault(a), a == current, plan.GetValueOrDefault(a)))];
    }

    private GoalView Goal(Goal goal, int number) =>
        new(goal, "mal-" + number, GoalProgress.Latest(goal), goal.Values.Length > 0 ? _goalChart.Render("maldiagram-" + number, goal) : "");
}
