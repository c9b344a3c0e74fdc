using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Emit;
using SiteGen.History;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Shaping;
using SiteGen.Validation;
using ShapedSection = (SiteGen.Shaping.PageModel Page, System.Collections.Generic.IReadOnlyList<SiteGen.Shaping.ListRoute> Lists);

namespace SiteGen.Build;

/// <summary>
/// A build session for <c>serve</c>: each <see cref="Step"/> is the whole pipeline of <see cref="SiteBuilder"/>, but it
/// remembers the previous step, so it reads only the content files that changed, renders only the Markdown and the
/// pages whose sources changed, and writes into its output folder in place only the files whose bytes changed
/// (removing those the site no longer has). It digests again only the content records and the pages of one record
/// that the saved files may have changed (<see cref="ChangeScope"/>). The output equals a full build of the same
/// content, byte for byte.
/// A step with errors publishes nothing: the folder keeps the last good site, and the next step compares with that.
/// </summary>
public sealed class IncrementalBuild(BuildOptions options)
{
    private static readonly Dictionary<string, PageMemo> NoPages = [];
    private static readonly Dictionary<string, UInt128> NoFiles = [];
    private static readonly Dictionary<string, Route> NoRoutes = [];
    private static readonly Dictionary<string, KeptSection> NoLists = [];

    private TemplateFolder? _templates;
    private UInt128 _shared;
    private UInt128 _model;
    private UInt128 _stepModel;
    private IReadOnlyDictionary<string, PageMemo> _pages = NoPages;
    private IReadOnlyDictionary<string, UInt128> _written = NoFiles;
    private InPlaceSite? _output;
    private (UInt128 Inputs, IReadOnlyList<SiteFile> Files)? _data;
    private readonly KnownDigests _known = new();
    private Lazy<Task>? _programmeJson;
    private Lazy<Task>? _stepJson;
    private readonly Lock _writingJson = new();
    private (int Step, UInt128 Digest) _jsonWritten;
    private int _steps;
    private readonly RecordMemo<SiteFile> _feeds = new();
    private readonly RecordMemo<MilestoneCalendarEmitter.SubprojectCalendar> _calendars = new();
    private readonly RecordMemo<ImmutableArray<byte[]>> _rows = new();
    private readonly ConcurrentDictionary<string, (IReadOnlyList<byte[]> Parts, SiteFile File)> _wholes = new(StringComparer.Ordinal);
    private (List<string> List, HashSet<string> Set) _urls = ([], []);
    private UInt128 _fileGlobals;
    private (ContentReferences References, string? Head)? _published;
    private (ContentReferences References, ChangeScope Scope) _step = (null!, ChangeScope.All);

    // What each loaded document bound to, for as long as the session loads the same document (its file is unchanged).
    private readonly ConditionalWeakTable<SourceDocument, BoundFile> _bound = new();
    private readonly ConditionalWeakTable<SourceDocument, CapitalWords> _capitalWords = new();
    private RenderContexts? _contexts;

    // The routes of subprojects and updates of the last published step, with the digest of what all of them show besides their records.
    private (UInt128 Globals, IReadOnlyDictionary<string, Route> Routes) _routes = (default, NoRoutes);
    private UInt128 _stepGlobals;
    private IReadOnlyList<Route> _lastRoutes = [];

    // The sections with long lists of the last published step (and of this one), by their page's address, with the digest of what they were shaped from.
    private IReadOnlyDictionary<string, KeptSection> _lists = NoLists;
    private readonly ConcurrentDictionary<string, KeptSection> _stepLists = new(StringComparer.Ordinal);

    public BuildOptions Options => options;

    /// <summary>Every page of the last published step.</summary>
    internal IReadOnlyList<Route> Routes => _lastRoutes;

    internal LoadedFiles Files { get; } = new();

    internal RenderedMarkdown Markdown { get; } = new();

    internal HistoryMemo History { get; } = new();

    /// <summary>The search index of the last step, which a step changes only where its pages did.</summary>
    internal SearchIndex SearchIndex { get; } = new();

    /// <summary>
    /// Builds the site as it is now. The data files and the search index are put in place after the pages: without
    /// <paramref name="pagesPlaced"/> the step returns when every file is in place; with it, it returns once it has told
    /// it that the pages are (and the build's outcome), the other files follow in <see cref="Placed"/>, and a request
    /// for one of them waits in <see cref="Pending"/>. A step that throws forgets what was published, so the next one
    /// writes every file again.
    /// </summary>
    public BuildResult Step(Action<BuildResult>? pagesPlaced = null)
    {
        try
        {
            var result = SiteBuilder.Run(options, write: true, this);
            if (pagesPlaced is null)
            {
                Placed.GetAwaiter().GetResult();
                Pending(ProgrammeJsonEmitter.Path).GetAwaiter().GetResult();
            }
            else
            {
                pagesPlaced(result);
            }

            return result;
        }
        catch
        {
            (_pages, _written, _published, _routes, _lastRoutes, _lists) = (NoPages, NoFiles, null, (default, NoRoutes), [], NoLists);
            throw;
        }
    }

    /// <summary>Completes when the file at this path in the output folder is in place; programme.json is made when asked for.</summary>
    public Task Pending(string path) => path == ProgrammeJsonEmitter.Path && _programmeJson is { } json
        ? json.Value
        : _output?.Pending(path) ?? Task.CompletedTask;

    /// <summary>Completes when every file of the last step is in place; faults if one could not be written.</summary>
    public Task Placed => _output?.Placed ?? Task.CompletedTask;

    /// <summary>A file's binding, kept while its document is the one loaded before: binding 10,000 files was a second of every step.</summary>
    internal BoundFile Bind(SourceDocument document) => _bound.GetValue(document, ContentBinder.BindFile);

    /// <summary>A file's capital words, kept while its document is the one loaded before.</summary>
    internal CapitalWords CapitalWords(SourceDocument document) => _capitalWords.GetValue(document, AbbreviationCheck.CapitalWordsOf);

    /// <summary>
    /// Finds what changed since the last published step, forgets what it kept of the records it may have changed, and
    /// digests the model as page models see it (Markdown only as empty or not).
    /// </summary>
    internal void Compare(BoundContent bound, SiteModel model, TemplateFolder templates, string baseUrl)
    {
        var references = ContentReferences.Of(bound);
        var scope = _published is { } published && published.Head == History.Head
            ? ChangeScope.Of(Files.Changed, references, published.References)
            : ChangeScope.All;
        _feeds.Forget(scope);
        _calendars.Forget(scope);
        _rows.Forget(scope);
        _known.Trim();
        _step = (references, scope);
        _stepModel = new ModelFingerprint(_known).Of(new object[] { model, templates.Stamp, baseUrl });
    }

    /// <summary>Whether every page model is the one of the last step, as after a body edit: none needs to be digested again.</summary>
    private bool SameModel => !_step.Scope.Everything && _stepModel == _model;

    /// <summary>What this step keeps of the last published step's routes (<see cref="KeptRoutes"/>).</summary>
    internal KeptRoutes KeptRoutes(TemplateFolder templates, string baseUrl)
    {
        _stepGlobals = new ModelFingerprint().Of(new object[] { templates.Stamp, baseUrl });
        _stepLists.Clear();
        return new KeptRoutes(KeepRecords(), OtherRoutes(), KeepLists);
    }

    /// <summary>
    /// The routes of the last published step when every page but those of subprojects and updates is as it was: the
    /// model is the same, and none of those pages showed a Markdown text of a changed file. Null when they must be made anew.
    /// </summary>
    private IReadOnlyList<Route>? OtherRoutes() =>
        SameModel && _lastRoutes.Count > 0 && _lastRoutes.Where(r => !RouteTable.IsRecord(r)).All(r => ShowsNoChangedText(r.Url))
            ? _lastRoutes
            : null;

    /// <summary>
    /// Whether the page at this address was published and showed no Markdown text of a file of the step's change scope:
    /// a page model kept from the last step holds the texts it showed, which would be looked up if it were rendered again.
    /// </summary>
    private bool ShowsNoChangedText(string url) =>
        _pages.TryGetValue(url, out var memo) && !memo.Markdown.Any(use => _step.Scope.Files.Contains(use.Text.Origin.File));

    /// <summary>
    /// Keeps the route of a subproject or an update from the last published step when its page's model reached no file
    /// of the step's change scope, as <see cref="RenderPlan"/> keeps its digest, and the templates and the address are
    /// the same: shaping 10,000 subproject pages took a second of every step. Anything else changed makes them all anew.
    /// </summary>
    private Func<string, Func<Route>, Route> KeepRecords()
    {
        var (scope, before, pages) = (_step.Scope, _stepGlobals == _routes.Globals ? _routes.Routes : NoRoutes, _pages);
        return (url, make) => !scope.Everything && before.TryGetValue(url, out var kept) && pages.TryGetValue(url, out var memo) && !memo.Files.Overlaps(scope.Files)
            ? kept
            : make();
    }

    /// <summary>
    /// Keeps a section's page and list pages from the last published step while what they are shaped from, the
    /// templates and the address are the same (by digest), and none of them showed a text of a changed file. The page
    /// models are then the very objects of the last step, whose digests <see cref="KnownDigests"/> holds: a new status
    /// at 10,000 subprojects no longer shapes and digests the 80,000 rows of the milestone pages again.
    /// </summary>
    private ShapedSection KeepLists(string url, Func<SectionInputs> inputs, Func<ShapedSection> shape)
    {
        var (programme, subprojects, shown) = inputs();
        var before = _lists.GetValueOrDefault(url);
        var fingerprint = new ModelFingerprint(_known);
        // A subproject bound to the same object as in the last step shows the same: only the others are digested,
        // since looking up 80,000 milestones by identity took 40 ms.
        var known = before is not null && before.Shown == shown ? before : null;
        var shows = new UInt128[subprojects.Count];
        for (var i = 0; i < shows.Length; i++)
        {
            shows[i] = known is not null && i < known.Subprojects.Count && ReferenceEquals(known.Subprojects[i], subprojects[i])
                ? known.Shows[i]
                : fingerprint.Of(shown(subprojects[i]));
        }

        var digest = fingerprint.Of(new object[] { _stepGlobals, programme, ModelFingerprint.Digest(MemoryMarshal.AsBytes(shows.AsSpan())) });
        var shaped = !_step.Scope.Everything && before is not null && before.Inputs == digest
            && before.Shaped.Lists.Select(l => l.Url).Append(url).All(ShowsNoChangedText)
            ? before.Shaped
            : shape();
        _stepLists[url] = new KeptSection(digest, shaped, subprojects, shown, shows);
        return shaped;
    }

    /// <summary>A section as a step shaped it, with the digest of its inputs and of what it showed of each subproject.</summary>
    private sealed record KeptSection(UInt128 Inputs, ShapedSection Shaped, IReadOnlyList<Subproject> Subprojects, Func<Subproject, object> Shown, UInt128[] Shows);

    /// <summary>
    /// The data files of the last step when the model (as <see cref="Compare"/> digested it) and the other
    /// <paramref name="inputs"/> were the same, else newly emitted.
    /// </summary>
    internal IReadOnlyList<SiteFile> DataFiles(object inputs, Func<IReadOnlyList<SiteFile>> emit)
    {
        var digest = new ModelFingerprint(_known).Of(new[] { _stepModel, inputs });
        if (_data is not { } data || data.Inputs != digest)
        {
            _data = data = (digest, emit());
        }

        return data.Files;
    }

    /// <summary>
    /// Makes this step's programme.json, once published, when it is first asked for (<see cref="Pending"/>) rather than
    /// on every save: at 10,000 subprojects its 70 MB took a fifth of a second of CPU to make and write, and the next
    /// save shared the machine with that. A file of an older step never replaces a newer one.
    /// </summary>
    internal void ProgrammeJsonWhenAsked(SiteModel model)
    {
        var step = ++_steps;
        _stepJson = new Lazy<Task>(() => Task.Run(() =>
        {
            var file = ProgrammeJsonEmitter.Emit(model);
            var digest = ModelFingerprint.Digest(file.Content);
            lock (_writingJson)
            {
                if (step > _jsonWritten.Step)
                {
                    if (digest != _jsonWritten.Digest)
                    {
                        InPlaceSite.Replace(options.OutputDirectory, file);
                    }

                    _jsonWritten = (step, digest);
                }
            }
        }));
    }

    /// <summary>
    /// Each subproject's feed, calendar and rows of the open-data tables, kept from the last step while its scope is
    /// untouched. Feeds and calendars also show what all of them show besides their subproject, and are forgotten
    /// when it changes: the programme, the UI words, the address, and the newest update, by which a feed without
    /// entries is dated. The rows show their subproject alone.
    /// </summary>
    internal SubprojectData SubprojectData(SiteModel model, TemplateFolder templates, string baseUrl)
    {
        var globals = new ModelFingerprint().Of(new object?[] { model.Programme, model.AsOf, templates.Stamp, baseUrl, model.Updates.FirstOrDefault()?.Date });
        if (globals != _fileGlobals)
        {
            _feeds.Forget(ChangeScope.All);
            _calendars.Forget(ChangeScope.All);
            _fileGlobals = globals;
        }

        static SubprojectFile<T> Keep<T>(RecordMemo<T> memo) => (subproject, make) => memo.GetOrAdd(subproject.SourcePath, make);
        return new(Keep(_feeds), Keep(_calendars), Keep(_rows), KeepWhole);
    }

    /// <summary>
    /// A file put together from parts, kept while its parts are the same bytes. Parts kept from the last step are the
    /// same arrays, so only the others are compared: hashing the 25 MB of parts at 10,000 subprojects took 15 ms a step.
    /// </summary>
    private SiteFile KeepWhole(string url, IReadOnlyList<byte[]> parts, Func<SiteFile> make)
    {
        var same = _wholes.TryGetValue(url, out var kept) && kept.Parts.Count == parts.Count;
        for (var i = 0; same && i < parts.Count; i++)
        {
            same = ReferenceEquals(kept.Parts[i], parts[i]) || kept.Parts[i].AsSpan().SequenceEqual(parts[i]);
        }

        var file = same ? kept.File : make();
        _wholes[url] = (parts, file);
        return file;
    }

    /// <summary>
    /// The site's addresses as a set: the last step's while they are the same list, as after most saves (hashing the
    /// 33,000 addresses of 10,000 subprojects took 20 ms a step), so that Markdown knows by its identity that they are the same.
    /// </summary>
    internal IReadOnlySet<string> KnownUrls(List<string> urls)
    {
        if (!_urls.List.SequenceEqual(urls, StringComparer.Ordinal))
        {
            _urls = (urls, urls.ToHashSet(StringComparer.Ordinal));
        }

        return _urls.Set;
    }

    /// <summary>The renderer's contexts of the last step while the templates are the same.</summary>
    internal RenderContexts Contexts(TemplateSet templates) =>
        _contexts?.Templates == templates ? _contexts : _contexts = new RenderContexts(templates);

    internal TemplateFolder Templates(Func<string, string> displayPath) =>
        _templates = TemplateFolder.Reload(_templates, options.TemplatesDirectory, displayPath);

    /// <summary>
    /// The pages whose model, Markdown or shared surroundings changed since the last published step. When the model,
    /// as page models see it (Markdown only as empty or not), is the one of the last step, as after a body edit, every
    /// page model is too, and none is digested again: the lists of 10,000 subprojects cost most of that.
    /// </summary>
    internal RenderPlan Plan(IReadOnlyList<Route> routes, SiteChrome chrome, SiteModel model, TemplateFolder templates, MarkdownCatalog markdown)
    {
        var shared = new ModelFingerprint().Of(new object[] { templates.Stamp, chrome, model.Glossary });
        return RenderPlan.Changed(routes, shared, _shared, _pages, markdown, _step.Scope, _known, SameModel);
    }

    /// <summary>The output folder, keeping the files of the pages <paramref name="plan"/> does not render again.</summary>
    internal ISiteOutput Open(RenderPlan plan)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        return _output = new InPlaceSite(options.OutputDirectory, _written, plan.Kept.Select(r => r.OutputPath), Placed);
    }

    /// <summary>After a published step: what the folder now holds, for the next step to compare with.</summary>
    internal void Published(RenderPlan plan, IReadOnlyList<PageMemo> pages)
    {
        _shared = plan.Shared;
        _model = _stepModel;
        _pages = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        _written = _output!.Written;
        _published = (_step.References, History.Head);
        _routes = (_stepGlobals, plan.Routes.Where(RouteTable.IsRecord).ToDictionary(r => r.Url, StringComparer.Ordinal));
        _lastRoutes = plan.Routes;
        // A step that took the last step's routes as they were (a body edit) shaped no section: they are still those.
        if (_stepLists.Count > 0)
        {
            _lists = new Dictionary<string, KeptSection>(_stepLists, StringComparer.Ordinal);
        }

        _programmeJson = _stepJson;
        Files.Published();
    }
}
