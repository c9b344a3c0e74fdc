using System.Runtime.CompilerServices;
using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.History;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Html;
using SiteGen.Shaping;
using SiteGen.Validation;

namespace SiteGen.Build;

/// <summary>
/// The pipeline as a script: load, bind, validate, render, emit, write. <c>check</c> is the same run without the write,
/// and a step of a preview session (<see cref="IncrementalBuild"/>) the same run reusing what did not change.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, bool write) => Run(options, write, session: null);

    internal static BuildResult Run(BuildOptions options, bool write, IncrementalBuild? session)
    {
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        BuildResult Stop(int pages = 0, int files = 0, int rendered = 0) =>
            new(diagnostics.ToSortedList(), pages, files, clock.Total, clock.Stages) { PagesRendered = rendered };

        // The templates need no content: a build parses them while the content is read (a preview keeps them between steps).
        var parsingTemplates = session is null ? Task.Run(() => TemplateFolder.Load(options.TemplatesDirectory, DisplayPath)) : null;
        var readingLog = session is null && options.History ? HistoryReader.Start(options.ContentDirectory) : null;
        var (bound, model, programmePath, attachments) = Read(options, diagnostics, clock, session);
        if (model is null)
        {
            return Stop();
        }

        // The documents just died in the oldest generation, which the collector visits only much later: at 10,000
        // subprojects they stayed mapped through emit and Markdown, where the build had its peak. This takes the
        // process from 520 to 250 MB in about a third of a second. A small heap is not worth the pause (the real
        // site's was a fortieth of its cold build), and a preview session keeps its documents.
        if (session is null && GC.GetTotalMemory(forceFullCollection: false) > 64 << 20)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            clock.Lap("collect");
        }

        var baseUrl = PublishedAddress.Resolve(options.BaseUrl, model.Programme, programmePath, diagnostics);

        // Broken templates or UI strings stop here; content errors go on, so links in Markdown are checked too.
        var templates = session?.Templates(DisplayPath) ?? parsingTemplates!.GetAwaiter().GetResult();
        var strings = templates.Strings;
        diagnostics.AddRange(templates.Problems);
        clock.Lap("templates");
        if (templates.Problems.HasErrors)
        {
            return Stop();
        }

        var history = options.History ? HistoryReader.Read(options.ContentDirectory, model, SourceSpan.AtFile(programmePath), diagnostics, session?.History, readingLog) : null;
        clock.Lap("history");
        session?.Compare(bound, model, templates, baseUrl);
        var routes = RouteTable.Build(model, strings, OpenDataTables.All, baseUrl, history, session?.KeptRoutes(templates, baseUrl));
        clock.Lap("routes");
        // programme.json, the largest file and written on one core, is made while the other data files are; a preview
        // makes it when it is asked for.
        var jsonWhenAsked = write && session is not null;
        var dataFiles = DataFiles();

        // A method of its own, so the temporaries of the list (which hold every file's bytes) end with it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        List<SiteFile> DataFiles()
        {
            var made = jsonWhenAsked ? null : Task.Run(() => ProgrammeJsonEmitter.Emit(model));
            return
            [
                .. session?.DataFiles(DataInputs(model, routes, history), Emit) ?? Emit(),
                .. made is null ? [] : new[] { made.GetAwaiter().GetResult() },
                .. attachments,
            ];
        }

        IReadOnlyList<SiteFile> Emit() =>
            [.. EmitData(model, routes, strings, templates.Assets, baseUrl, session?.SubprojectData(model, templates, baseUrl)), .. ChangesFeedEmitter.Emit(model, history, strings.Text("changes_title"), baseUrl)];
        List<string> urls = [.. routes.Select(r => r.Url), .. dataFiles.Select(f => f.Url), "/" + ProgrammeJsonEmitter.Path, .. bound.UrlsOfBrokenFiles];
        var knownUrls = session?.KnownUrls(urls) ?? urls.ToHashSet(StringComparer.Ordinal);
        clock.Lap("emit data");
        var markdown = MarkdownCatalog.Build(model, knownUrls, diagnostics, session?.Markdown);
        clock.Lap("markdown");
        if (diagnostics.HasErrors)
        {
            return Stop();
        }

        var chrome = SiteChrome.Of(model, strings);
        var plan = session?.Plan(routes, chrome, model, templates, markdown) ?? RenderPlan.All(routes);
        clock.Lap("plan");

        // Each page goes to disk (a new version beside the published site) as soon as it is rendered and inspected;
        // what search needs of it is all that stays in memory. Errors found while rendering drop the new version.
        using var staged = write ? session?.Open(plan) ?? OutputWriter.Begin(options.OutputDirectory) : null;
        // Written (or for check, counted) before rendering, and not kept through it: at 10,000 subprojects they are 125 MB.
        var fileCount = dataFiles.Count + (jsonWhenAsked ? 1 : 0);
        staged?.AddAll(dataFiles);
        dataFiles.Clear();
        if (jsonWhenAsked)
        {
            session!.ProgrammeJsonWhenAsked(model);
        }

        var renderer = new PageRenderer(templates.Templates, TemplateFunctions.Create(chrome, strings, markdown, templates.Templates), new AbbreviationMarker(model.Glossary), diagnostics, session?.Contexts(templates.Templates));
        var rendered = renderer.RenderAll(plan.ToRender, page =>
        {
            staged?.Add(SiteFile.Text(page.Route.OutputPath, page.Html));
            return plan.Remember(page, SearchDocumentOf(page, strings));
        });
        clock.Lap("render");
        if (diagnostics.HasErrors)
        {
            return Stop();
        }

        var pages = plan.Pages(rendered);
        List<SiteFile> files = [.. (session?.SearchIndex ?? new SearchIndex()).Update(pages.Select(p => p.Search).OfType<SearchDocument>())];
        fileCount += files.Count + pages.Count;
        clock.Lap("search index");
        if (staged is not null)
        {
            staged.AddAll(files);
            staged.Publish();
            session?.Published(plan, pages);
            clock.Lap("write");
        }

        return Stop(pages.Count, fileCount, rendered.Count);
    }

    /// <summary>
    /// Load, bind and validate. The documents, every file's text and YAML tree, end with this call (but for what a
    /// preview session keeps of them): what the later stages need is in the model, and at 10,000 subprojects the
    /// documents are hundreds of megabytes, which kept through rendering made the peak memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (BoundContent Bound, SiteModel? Model, string ProgrammePath, List<SiteFile> Attachments) Read(
        BuildOptions options, DiagnosticBag diagnostics, StageClock clock, IncrementalBuild? session)
    {
        var documents = new ContentLoader(diagnostics, DisplayPath, session?.Files).Load(options.ContentDirectory);
        clock.Lap("load");
        var bound = ContentBinder.Bind(documents, diagnostics, session is null ? null : session.Bind);
        clock.Lap("bind");
        var model = SiteValidator.Validate(bound, new PublishOptions(options.AsOf, options.IncludeDrafts), diagnostics);
        AbbreviationCheck.Report(documents, bound.Glossary, diagnostics, session is null ? null : session.CapitalWords);
        clock.Lap("validate");
        return (bound, model,
            model is null ? "" : documents.First(d => d.Kind == ContentKind.Programme).Path,
            [.. documents.Where(d => d.Bytes is not null).Select(d => SiteFile.AtUrl(SiteUrls.Attachment(d.Slug), d.Bytes!))]);
    }

    /// <param name="kept">What a preview session keeps of each subproject's data; null: all made anew.</param>
    /// <remarks>
    /// The tables, the feeds and the calendars are made from the model alone, each kind on a core of its own: one after
    /// the other they were most of a preview step that renames a subproject, whose programme.json waits until asked for.
    /// </remarks>
    private static List<SiteFile> EmitData(SiteModel model, IReadOnlyList<Route> routes, UiStrings strings, IReadOnlyList<SiteFile> assets, string baseUrl, SubprojectData? kept)
    {
        var tables = Task.Run(() => CsvEmitter.Emit(model, kept?.Rows, kept?.Whole).ToList());
        var feeds = Task.Run(() => AtomFeedEmitter.Emit(model, baseUrl, kept?.Feeds).ToList());
        var calendars = MilestoneCalendarEmitter.Emit(model, baseUrl, strings.Label, kept?.Calendars, kept?.Whole);
        return
        [
            .. tables.GetAwaiter().GetResult(),
            .. feeds.GetAwaiter().GetResult(),
            .. calendars,
            SitemapEmitter.Sitemap(routes.Where(r => r.Url.EndsWith('/')).Select(r => r.Url), baseUrl),
            SitemapEmitter.Robots(baseUrl),
            .. assets,
        ];
    }

    /// <summary>
    /// What the data files but programme.json are made from besides the model, for a preview session to emit them
    /// again only when it or the model changed. The session digests the model without its Markdown
    /// (<see cref="ModelFingerprint"/> counts a text only as empty or not), so of the Markdown the risk register's is
    /// added here, the only one in them (risks.csv), and so are the addresses for the sitemap.
    /// A body edit then costs no feed or calendar; <c>IncrementalBuildTests</c> edits bodies and risks to hold this.
    /// </summary>
    private static object?[] DataInputs(SiteModel model, IReadOnlyList<Route> routes, SiteHistory? history) =>
    [
        model.Risks.Select(r => r.Measures?.Source).ToList(), model.RiskRegister?.NotDescribed?.Source,
        routes.Select(r => r.Url).ToList(), history?.Recent,
    ];

    /// <summary>What the search index keeps of a page; the 404 page and the search page itself are no search results.</summary>
    private static SearchDocument? SearchDocumentOf(RenderedPage page, UiStrings strings) =>
        page.Route.Url.EndsWith('/') && page.Route.Url != SiteUrls.Search
            ? SearchDocument.Of(page.Route.Url, strings.Text("search.kinds." + SearchKind.Of(page.Route)), page.Route.Title, page.Route.Summary, page.MainText)
            : null;

    /// <summary>Paths in messages are relative to the working folder (the repository), as editors and CI annotations expect.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path).Replace('\\', '/') : relative;
    }
}
