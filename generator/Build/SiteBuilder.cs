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

/// <summary>The pipeline as a script: load, bind, validate, render, emit, write. <c>check</c> is the same run without the write.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, bool write)
    {
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        BuildResult Stop(int pages = 0, int files = 0) => new(diagnostics.ToSortedList(), pages, files, clock.Total, clock.Stages);

        var documents = new ContentLoader(diagnostics, DisplayPath).Load(options.ContentDirectory);
        clock.Lap("load");
        var bound = ContentBinder.Bind(documents, diagnostics);
        clock.Lap("bind");
        var model = SiteValidator.Validate(bound, new PublishOptions(options.AsOf, options.IncludeDrafts), diagnostics);
        AbbreviationCheck.Report(documents, bound.Glossary, diagnostics);
        clock.Lap("validate");
        if (model is null)
        {
            return Stop();
        }

        var programmePath = documents.First(d => d.Kind == ContentKind.Programme).Path;
        var baseUrl = PublishedAddress.Resolve(options.BaseUrl, model.Programme, programmePath, diagnostics);

        // Broken templates or UI strings stop here; content errors go on, so links in Markdown are checked too.
        var templateProblems = new DiagnosticBag();
        var strings = UiStrings.Load(options.TemplatesDirectory, templateProblems, DisplayPath);
        var templates = TemplateSet.Load(options.TemplatesDirectory, templateProblems, DisplayPath);
        diagnostics.AddRange(templateProblems);
        clock.Lap("templates");
        if (templateProblems.HasErrors)
        {
            return Stop();
        }

        var history = options.History ? HistoryReader.Read(options.ContentDirectory, model, SourceSpan.AtFile(programmePath), diagnostics) : null;
        clock.Lap("history");
        var routes = RouteTable.Build(model, strings, OpenDataTables.All, baseUrl, history);
        List<SiteFile> dataFiles =
        [
            .. EmitData(model, routes, strings, options.TemplatesDirectory, baseUrl),
            .. ChangesFeedEmitter.Emit(model, history, strings.Text("changes_title"), baseUrl),
            .. documents.Where(d => d.Bytes is not null).Select(d => SiteFile.AtUrl(SiteUrls.Attachment(d.Slug), d.Bytes!)),
        ];
        var knownUrls = routes.Select(r => r.Url).Concat(dataFiles.Select(f => f.Url)).Concat(bound.UrlsOfBrokenFiles).ToHashSet(StringComparer.Ordinal);
        clock.Lap("emit data");
        var markdown = MarkdownCatalog.Build(model, knownUrls, diagnostics);
        clock.Lap("markdown");
        if (diagnostics.HasErrors)
        {
            return Stop();
        }

        // Each page goes to disk (a new version beside the published site) as soon as it is rendered and inspected;
        // what search needs of it is all that stays in memory. Errors found while rendering drop the new version.
        using var staged = write ? OutputWriter.Begin(options.OutputDirectory) : null;
        var fileCount = dataFiles.Count;
        if (staged is not null)
        {
            staged.AddAll(dataFiles);
            dataFiles.Clear();
        }

        var renderer = new PageRenderer(templates, TemplateFunctions.Create(SiteChrome.Of(model, strings), strings, markdown), new AbbreviationMarker(model.Glossary), diagnostics);
        var pages = renderer.RenderAll(routes, page =>
        {
            staged?.Add(SiteFile.Text(page.Route.OutputPath, page.Html));
            return new PageSearchEntry(SearchDocumentOf(page, strings));
        });
        clock.Lap("render");
        if (diagnostics.HasErrors)
        {
            return Stop();
        }

        List<SiteFile> files = [.. dataFiles, .. SearchIndexEmitter.Emit(pages.Select(p => p.Document).OfType<SearchDocument>())];
        fileCount += files.Count - dataFiles.Count + pages.Count;
        clock.Lap("search index");
        if (staged is not null)
        {
            staged.AddAll(files);
            staged.Publish();
            clock.Lap("write");
        }

        return Stop(pages.Count, fileCount);
    }

    private static List<SiteFile> EmitData(SiteModel model, IReadOnlyList<Route> routes, UiStrings strings, string templates, string baseUrl) =>
    [
        ProgrammeJsonEmitter.Emit(model),
        .. CsvEmitter.Emit(model),
        .. AtomFeedEmitter.Emit(model, baseUrl),
        .. MilestoneCalendarEmitter.Emit(model, baseUrl, strings.Label),
        SitemapEmitter.Sitemap(routes.Where(r => r.Url.EndsWith('/')).Select(r => r.Url), baseUrl),
        SitemapEmitter.Robots(baseUrl),
        .. AssetCollector.Collect(templates),
    ];

    /// <summary>What the search index keeps of a page; the 404 page and the search page itself are no search results.</summary>
    private sealed record PageSearchEntry(SearchDocument? Document);

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
