using System.Globalization;
using SiteGen.Build;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>The options every pipeline command shares (--content, --templates, --output, --as-of, --drafts, --base-url).</summary>
public static partial class BuildOptionsReader
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--templates", "--output", "--as-of", "--base-url" };

    public static readonly IReadOnlySet<string> Flags = new HashSet<string> { "--drafts", "--no-history" };

    public static BuildOptions Read(Arguments arguments, bool includeDrafts = false, string? baseUrl = null)
    {
        var root = RepositoryRoot.Find(Environment.CurrentDirectory);
        var content = ContentDirectory(arguments);
        var templates = TemplatesDirectory(arguments);
        var asOf = DateOption(arguments, "--as-of");

        var url = arguments.Value("--base-url") ?? baseUrl;
        if (url is not null && (!BaseUrlShape().IsMatch(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new UsageException($"--base-url must be an absolute http(s) address such as https://www.example.no/programme, with no query, fragment, user or spaces, not '{url}'.");
        }

        return new BuildOptions(
            content, templates,
            Path.GetFullPath(arguments.Value("--output") ?? Path.Combine(root, "site-output")),
            asOf, includeDrafts || arguments.Flag("--drafts"), url?.TrimEnd('/'), History: !arguments.Flag("--no-history"));
    }

    /// <summary>Scheme, host (letters, digits, dots, hyphens), optional port and a plain path: it is written into feeds, the sitemap and robots.txt.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]*)?\z")]
    private static partial System.Text.RegularExpressions.Regex BaseUrlShape();

    /// <summary>The content folder: --content, or content/ of the repository; it must exist.</summary>
    public static string ContentDirectory(Arguments arguments) =>
        ExistingFolder(arguments.Value("--content") ?? Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), "content"), "content");

    /// <summary>The templates folder: --templates, or templates/ of the repository; it must exist.</summary>
    public static string TemplatesDirectory(Arguments arguments) =>
        ExistingFolder(arguments.Value("--templates") ?? Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), "templates"), "templates");

    /// <summary>A yyyy-mm-dd date option, today in Europe/Oslo when it is not given.</summary>
    public static DateOnly DateOption(Arguments arguments, string option)
    {
        var text = arguments.Value(option);
        return text is null
            ? TodayInOslo()
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new UsageException($"{option} must be a date like 2024-03-18, not '{text}'.");
    }

    private static string ExistingFolder(string path, string what) =>
        Directory.Exists(path) ? Path.GetFullPath(path) : throw new UsageException($"The {what} folder '{path}' does not exist.");

    public static DateOnly TodayInOslo() => Oslo.DateOf(DateTimeOffset.UtcNow);
}
