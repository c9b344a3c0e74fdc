using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;

namespace SiteGen.Tests.Support;

/// <summary>A site built into a temporary folder, with its pages parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _directory = new();

    public BuiltSite(string contentDirectory, DateOnly asOf, bool drafts = false, string templatesDirectory = "", bool history = false)
    {
        Options = new BuildOptions(
            contentDirectory,
            templatesDirectory.Length > 0 ? templatesDirectory : RepositoryPaths.Templates,
            _directory.Combine("site-output"),
            asOf,
            drafts,
            "https://example.org",
            history);
        Result = SiteBuilder.Build(Options, write: true);
    }

    public BuildOptions Options { get; }

    public BuildResult Result { get; }

    public string Output => Options.OutputDirectory;

    /// <summary>Every generated HTML file, as the URL a visitor would use.</summary>
    public IReadOnlyList<string> PageUrls =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    public bool Exists(string url) => File.Exists(FileOf(url));

    public string Text(string url) => File.ReadAllText(FileOf(url));

    public IHtmlDocument Page(string url) => Parser.ParseDocument(Text(url));

    public string FileOf(string url)
    {
        var path = url.Split('#', '?')[0].TrimStart('/');
        return Path.Combine(Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }

    public void Dispose() => _directory.Dispose();
}
