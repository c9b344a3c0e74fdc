using System.Diagnostics;
using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Validation;

namespace SiteGen.Build;

/// <summary>The pipeline as a script: load, bind, validate, render, emit, write. <c>check</c> is the same run without the write.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, bool write)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var documents = new ContentLoader(diagnostics, DisplayPath).Load(options.ContentDirectory);
        var bound = ContentBinder.Bind(documents, diagnostics);
        var model = SiteValidator.Validate(bound, new PublishOptions(options.AsOf, options.IncludeDrafts), diagnostics);
        if (model is null)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        // Broken templates or UI strings stop here; content errors go on, so links in Markdown are checked too.
        var templateProblems = new DiagnosticBag();
        var strings = UiStrings.Load(options.TemplatesDirectory, templateProblems, DisplayPath);
        var templates = TemplateSet.Load(options.TemplatesDirectory, templateProblems, DisplayPath);
        diagnostics.AddRange(templateProblems);
        if (templateProblems.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        var routes = RouteTable.Build(model, strings);
        var dataFiles = EmitData(model, routes, strings, options);
        var knownUrls = routes.Select(r => r.Url).Concat(dataFiles.Select(f => f.Url)).Concat(bound.UrlsOfBrokenFiles).ToHashSet(StringComparer.Ordinal);
        var markdown = MarkdownCatalog.Build(model, knownUrls, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        var site = new SiteView(model, options.BaseUrl);
        var renderer = new PageRenderer(templates, TemplateFunctions.Create(site, strings, markdown, OpenDataTables.All), diagnostics);
        var pages = renderer.RenderAll(routes);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed);
        }

        List<SiteFile> files = [.. pages.Select(p => SiteFile.Text(p.Route.OutputPath, p.Html)), .. dataFiles, EmitSearchIndex(pages)];
        if (write)
        {
            OutputWriter.Write(options.OutputDirectory, files);
        }

        return new BuildResult(diagnostics.ToSortedList(), pages.Count, files.Count, clock.Elapsed);
    }

    private static List<SiteFile> EmitData(SiteModel model, IReadOnlyList<Route> routes, UiStrings strings, BuildOptions options) =>
    [
        ProgrammeJsonEmitter.Emit(model),
        .. CsvEmitter.Emit(model),
        .. AtomFeedEmitter.Emit(model, options.BaseUrl),
        .. MilestoneCalendarEmitter.Emit(model, options.BaseUrl, strings.Label),
        SitemapEmitter.Sitemap(routes.Where(r => r.Url.EndsWith('/')).Select(r => r.Url), options.BaseUrl),
        SitemapEmitter.Robots(options.BaseUrl),
        .. AssetCollector.Collect(options.TemplatesDirectory),
    ];

    /// <summary>The search index needs the rendered pages; the 404 page is no search result.</summary>
    private static SiteFile EmitSearchIndex(IReadOnlyList<(Route Route, string Html)> pages) =>
        SearchIndexEmitter.Emit(pages.Where(p => p.Route.Url.EndsWith('/')).Select(p => new SearchDocument(p.Route.Url, p.Route.Title, p.Route.Summary, p.Html)));

    /// <summary>Paths in messages are relative to the working folder (the repository), as editors and CI annotations expect.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path).Replace('\\', '/') : relative;
    }
}
