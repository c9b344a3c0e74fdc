using SiteGen.Emit;
using SiteGen.History;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;

namespace SiteGen.Shaping;

// One record per page kind: exactly what its template shows, grouped, sorted, counted and resolved in C#.
// Templates read it as page.data.

public abstract record PageModel
{
    /// <summary>The Atom feed of this page's own subject, offered in the page head (the site-wide one is always there).</summary>
    public virtual string? Feed => null;
}

/// <summary>
/// A piece of a page that its page model decides to show, drawn by its partial from the same page model; a page
/// template draws a list of them with <c>show</c> instead of testing each condition itself.
/// </summary>
public sealed record Block(string Partial) : IPartialView
{
    /// <summary>The blocks whose condition holds, in the order given, from partials/FOLDER/NAME.sbn.</summary>
    public static IReadOnlyList<Block> Shown(string folder, params (bool Shown, string Name)[] blocks) =>
        [.. blocks.Where(b => b.Shown).Select(b => Of(folder, b.Name))];

    /// <summary>The first block whose condition holds.</summary>
    public static Block First(string folder, params (bool Shown, string Name)[] blocks) => Shown(folder, blocks)[0];

    public static Block Of(string folder, string name) => new($"partials/{folder}/{name}.sbn");

    /// <summary>One item drawn by the first partial whose condition holds (a list, or the line saying it is empty).</summary>
    public static ItemBlock<T> For<T>(string folder, T item, params (bool Shown, string Name)[] blocks) => new(First(folder, blocks).Partial, item);

    /// <summary>A list drawn by its partial, or "Ikke oppgitt" when it is empty.</summary>
    public static ItemBlock<IReadOnlyList<T>> ListOrUnset<T>(string partial, IReadOnlyList<T> items) => new(items.Count > 0 ? partial : "partials/unset.sbn", items);
}

/// <summary>Like <see cref="Block"/>, for a piece of a list item: the partial chosen in C# draws the item it carries ($1.item).</summary>
public sealed record ItemBlock<T>(string Partial, T Item) : IPartialView;

/// <summary>The first goal in short on the front page, or any goal on the goals page, with its latest reported value.</summary>
public sealed record GoalView(Goal Goal, string Anchor, GoalValue? Latest, string Chart)
{
    /// <summary>The goal's description, when it has one.</summary>
    public MarkdownText? Description => Goal.Description is { IsEmpty: false } description ? description : null;

    /// <summary>The chart, when the goal has reported values to draw.</summary>
    public string? Figure => Chart.Length > 0 ? Chart : null;

    /// <summary>The reported values as chart and table, or the sentence saying none are reported.</summary>
    public ItemBlock<GoalView> Values => Block.For("goals", this, (Goal.Values.Length > 0, "values"), (true, "no-values"));

    /// <summary>On the front page: the latest value with its date, or the words saying none is reported.</summary>
    public ItemBlock<GoalView> GlanceLatest => Block.For("home", this, (Latest is not null, "glance-latest"), (true, "glance-not-reported"));
}

/// <summary>The front page; Cards is empty when the programme has too many subprojects to show as cards on one page.</summary>
public sealed record HomePage(
    Programme Programme,
    IReadOnlyList<StatusGroup<Subproject>> StatusCounts,
    IReadOnlyList<HealthCount> HealthCounts,
    ReportFreshness Report,
    MilestoneItem? NextMilestone,
    GoalView? MainGoal,
    IReadOnlyList<SubprojectCard> Cards,
    bool TooManyCards,
    IReadOnlyList<MilestoneItem> Upcoming,
    IReadOnlyList<UpdateItem> LatestUpdates) : PageModel
{
    private const string Folder = "home";

    /// <summary>The at-a-glance list: the counts only when there are subprojects, the goal only when there is one.</summary>
    public IReadOnlyList<Block> Glance => Block.Shown(Folder, (true, "glance-report"), (StatusCounts.Count > 0, "glance-counts"), (MainGoal is not null, "glance-goal"), (true, "glance-next"));

    /// <summary>The subprojects as cards, or a link to their list when they are too many, or a line saying there are none.</summary>
    public Block Status => Block.First(Folder, (Cards.Count > 0, "cards"), (TooManyCards, "too-many-cards"), (true, "no-subprojects"));

    public Block UpcomingList => Block.First(Folder, (Upcoming.Count > 0, "upcoming"), (true, "no-milestones"));

    public IReadOnlyList<Block> Latest => Block.Shown(Folder, (LatestUpdates.Count > 0, "latest-updates"));
}

/// <summary>A part of a long list that has a page (or pages) of its own: a status, a year, a kind of gain.</summary>
public sealed record ListLink(string Title, string Url, int Count);

/// <summary>
/// All subprojects by status: as cards when they fit on one page, otherwise one link per status to its own pages
/// (<see cref="SubprojectStatusPage"/>).
/// </summary>
public sealed record SubprojectListPage(IReadOnlyList<StatusGroup<SubprojectCard>> Groups, IReadOnlyList<ListLink> StatusPages) : PageModel
{
    /// <summary>The cards by status, or the links to each status's pages, or the line saying there are no subprojects.</summary>
    public IReadOnlyList<Block> Sections => Block.Shown("subprojects", (Groups.Count == 0 && StatusPages.Count == 0, "none"), (Groups.Count > 0, "groups"), (StatusPages.Count > 0, "status-pages"));
}

public sealed record SubprojectStatusPage(SubprojectStatus Status, IReadOnlyList<SubprojectCard> Cards, Pager Pager) : PageModel;

/// <summary>
/// A section of a subproject page: its heading's id, its heading, the partial that draws it and, for report fields,
/// the text. A section without a heading (the line naming what is not reported) is not in the table of contents.
/// </summary>
public sealed record PageSection(string? Id, string? Heading, string Partial, MarkdownText? Text = null) : IPartialView;

public sealed record SubprojectPage(
    Subproject Subproject,
    IReadOnlyList<SubprojectCard> Parts,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<string> NotReported,
    DeferredHtml? Timeline,
    IReadOnlyList<PhaseItem> Phases,
    IReadOnlyList<MilestoneItem> Milestones,
    MeasureTable Measures,
    MeasureSummary? MeasureTotals,
    IReadOnlyList<GainGroup> Gains,
    IReadOnlyList<UpdateItem> Updates,
    IReadOnlyList<MessageItem> Messages,
    RiskTable Risks,
    string? Calendar,
    IReadOnlyList<CitedSource> Sources,
    IReadOnlyList<CitedSource> MeasureSources) : PageModel
{
    public override string Feed => SiteUrls.SubprojectFeed(Subproject.Slug);

    public IReadOnlyList<PageSection> Toc { get; } = [.. Sections.Where(s => s.Heading is not null)];

    /// <summary>Under the heading: the draft notice on a draft, then the summary when there is one.</summary>
    public IReadOnlyList<Block> Intro => Block.Shown("subproject", (Subproject.Draft, "draft-note"), (!string.IsNullOrEmpty(Subproject.Summary), "lead"));

    /// <summary>The A3's measures: a pointer to the measures section when there are measures, else not given.</summary>
    public Block A3Measures => Measures.Measures.Count > 0 ? Block.Of("subproject", "a3-measures") : new Block("partials/unset.sbn");

    /// <summary>The table of status and health over time, when history from git has any.</summary>
    public Block? StatusTable => StatusHistory.Count > 0 ? Block.Of("subproject", "status-history") : null;

    /// <summary>The subproject's own text, when it has one.</summary>
    public IReadOnlyList<Block> Body => Block.Shown("subproject", (!Subproject.Body.IsEmpty, "body"));

    /// <summary>Status and health at each commit that changed them, oldest first; empty without history from git.</summary>
    public IReadOnlyList<StatusPoint> StatusHistory { get; init; } = [];
}

/// <summary>
/// The timeline, phases and milestones of the whole programme. Condensed: too many subprojects for one chart and
/// phases table, which are left to each subproject's page. Too many milestones for one page: pages per year (YearPages).
/// </summary>
public sealed record MilestonesPage(
    string Timeline,
    IReadOnlyList<PhaseGroup> PhaseGroups,
    bool Condensed,
    int MilestoneCount,
    IReadOnlyList<YearGroup<MilestoneItem>> Years,
    IReadOnlyList<MilestoneItem> Undated,
    IReadOnlyList<ListLink> YearPages) : PageModel
{
    /// <summary>
    /// What the page shows, in order: the calendar link when there are milestones, the chart and phases unless
    /// condensed, then the milestones by year here or the links to the year pages, or the line saying there are none.
    /// </summary>
    public IReadOnlyList<Block> Sections => Block.Shown(
        "milestones",
        (MilestoneCount > 0, "calendar"),
        (Timeline.Length > 0, "timeline"),
        (PhaseGroups.Count > 0, "phases"),
        (Condensed, "condensed"),
        (YearPages.Count > 0, "year-pages"),
        (YearPages.Count == 0 && MilestoneCount == 0, "none"),
        (YearPages.Count == 0 && MilestoneCount > 0, "by-year"),
        (Undated.Count > 0, "undated"));
}

/// <summary>One page of the milestones of one year (or of those without a date), by part of the year.</summary>
public sealed record MilestoneListPage(IReadOnlyList<PeriodGroup<MilestoneItem>> Periods, Pager Pager) : PageModel;

/// <summary>
/// Goals, gains and measures. When the gains or the measures are too many for one page, their tables move to pages
/// of their own (GainPages per type, MeasurePages) and this page keeps the totals.
/// </summary>
public sealed record GoalsPage(
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<string> Aims,
    IReadOnlyList<GainTable> GainTables,
    bool HasMeasures,
    IReadOnlyList<MeasureRow> MeasureRows,
    MeasureSummary MeasureSummary,
    IReadOnlyList<CitedSource> MeasureSources,
    IReadOnlyList<ListLink> ListPages) : PageModel
{
    /// <summary>The page's sections that have something to show, or the line saying there are no goals.</summary>
    public IReadOnlyList<Block> Sections => Block.Shown(
        "goals",
        (Goals.Count == 0 && Aims.Count == 0, "none"),
        (Goals.Count > 0, "goals"),
        (Aims.Count > 0, "aims"),
        (GainTables.Count > 0, "gains"),
        (HasMeasures, "measures"));

    /// <summary>Under the measures' totals: their table when it fits on this page, the links to the lists on pages of their own when some are.</summary>
    public IReadOnlyList<Block> MeasureLists => Block.Shown("goals", (MeasureRows.Count > 0, "measure-table"), (ListPages.Count > 0, "elsewhere"));
}

/// <summary>The gains of one type with their total; Rows is empty when they are listed on pages of their own.</summary>
public sealed record GainTable(GainSum Sum, IReadOnlyList<GainRow> Rows);

public sealed record GainListPage(GainTable Table, Pager Pager) : PageModel;

public sealed record MeasureListPage(IReadOnlyList<MeasureRow> Rows, Pager Pager) : PageModel;

/// <summary>The register's matrix (null when risks.yml has none), the register itself, and what it says it does not describe.</summary>
public sealed record RisksPage(RiskMatrixView? Matrix, RiskTable Register, MarkdownText? NotDescribed, IReadOnlyList<CitedSource> Sources) : PageModel;

/// <summary>
/// An audience with the page of its messages; Current on that page itself. Planned is its entry in the plan, null for
/// an audience only messages name; an audience the plan names has a page even before it has messages.
/// </summary>
public sealed record AudienceLink(Audience Audience, string Url, int Count, bool Current, PlanAudience? Planned)
{
    /// <summary>The link's aria-current: "page" on the audience's own page.</summary>
    public string? AriaCurrent => Current ? "page" : null;
}

/// <summary>The messages by month of the communication plan or of one audience, or the line saying there are none.</summary>
public abstract record MessagesPage(IReadOnlyList<AudienceLink> Audiences, IReadOnlyList<MessageMonthGroup> Months) : PageModel
{
    protected const string Folder = "communication";

    public Block Messages => Block.First(Folder, (Months.Count > 0, "months"), (true, "no-messages"));
}

/// <summary>The plan, who is responsible for it and when it is due, every audience and the messages by month.</summary>
public sealed record CommunicationPage(
    MarkdownText? Plan, string? Owner, PartialDate? Due, IReadOnlyList<AudienceLink> Audiences, IReadOnlyList<MessageMonthGroup> Months) : MessagesPage(Audiences, Months)
{
    /// <summary>The plan when there is one, the audiences when there are some, then the messages.</summary>
    public IReadOnlyList<Block> Sections => Block.Shown(Folder, (Plan is { IsEmpty: false }, "plan"), (Audiences.Count > 0, "audiences"), (true, "messages"));
}

/// <summary>One audience's messages; Intro names the audience in the lead sentence.</summary>
public sealed record AudiencePage(Audience Audience, string Intro, IReadOnlyList<AudienceLink> Audiences, IReadOnlyList<MessageMonthGroup> Months) : MessagesPage(Audiences, Months)
{
    /// <summary>The links to the other audiences when there are others, then the messages.</summary>
    public IReadOnlyList<Block> Sections => Block.Shown(Folder, (Audiences.Count > 1, "audience-nav"), (true, "messages"));
}

public sealed record UpdatesPage(IReadOnlyList<UpdateItem> Updates, Pager Pager) : PageModel
{
    public Block List => Block.First("updates", (Updates.Count > 0, "list"), (true, "none"));
}

public sealed record UpdatePage(UpdateItem Item, IReadOnlyList<Subproject> Subprojects, IReadOnlyList<MessageItem> Messages, IReadOnlyList<CitedSource> Sources) : PageModel
{
    /// <summary>The subprojects the update is about and the messages about it, each only when there are some.</summary>
    public IReadOnlyList<Block> Sections => Block.Shown("update", (Subprojects.Count > 0, "subprojects"), (Messages.Count > 0, "messages"));

    /// <summary>The summary and the text of the update, each when it has one.</summary>
    public IReadOnlyList<Block> Text => Block.Shown("update", (!string.IsNullOrEmpty(Item.Update.Summary), "lead"), (!Item.Update.Body.IsEmpty, "body"));
}

/// <summary>A page of the site as the search page lists it.</summary>
public sealed record PageLink(string Url, string Title, string? Summary);

/// <summary>The search page lists every page when they are few enough to read as a list, otherwise the main sections.</summary>
public sealed record SearchPage(IReadOnlyList<PageLink> Pages, bool SectionsOnly) : PageModel
{
    /// <summary>The line saying the list holds only the main sections, when it does.</summary>
    public Block? SectionsNote => SectionsOnly ? Block.Of("search", "sections-only") : null;
}

/// <summary>An open-data file as the data page documents it, with the fragment of its section and its columns' caption.</summary>
public sealed record DataFile(OpenDataTable Table, string Anchor, string Caption);

public sealed record DataPage(IReadOnlyList<DataFile> Files) : PageModel;

public sealed record FreePage(Page Page, IReadOnlyList<CitedSource> Sources) : PageModel;

/// <summary>
/// A source on /kilder/: its facts (date and issuer always, the file and the address when it has them) and what is built
/// from it, or the line saying nothing is.
/// </summary>
/// <param name="More">How many more pages build on the source than <see cref="Uses"/> lists, said in a sentence; null when it lists them all.</param>
public sealed record SourceView(ProgrammeSource Source, string Anchor, IReadOnlyList<Fact> Facts, ItemBlock<IReadOnlyList<SourceUse>> Uses, ItemBlock<string>? More);

/// <summary>/kilder/: every source document with what is built from it.</summary>
public sealed record SourcesPage(IReadOnlyList<SourceView> Sources) : PageModel;

public sealed record NotFoundPage : PageModel;

public sealed record GlossaryPage(IReadOnlyList<GlossaryEntry> Entries) : PageModel;

/// <summary>A term of the glossary; NotGiven shows "Ikke oppgitt" when the glossary says neither what it stands for nor what it means.</summary>
public sealed record GlossaryEntry(GlossaryTerm Term)
{
    public Block? NotGiven => Term.Expansion is null && Term.Explanation is null ? new Block("partials/unset.sbn") : null;
}
