using System.Globalization;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>The options every pipeline command shares (--content, --templates, --output, --as-of, --drafts, --base-url).</summary>
public static class BuildOptionsReader
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--templates", "--output", "--as-of", "--base-url" };

    public static readonly IReadOnlySet<string> Flags = new HashSet<string> { "--drafts" };

    public const string DefaultBaseUrl = "http://localhost:8080";

    public static BuildOptions Read(Arguments arguments, bool includeDrafts = false, string? baseUrl = null)
    {
        var root = RepositoryRoot.Find(Environment.CurrentDirectory);
        var content = arguments.Value("--content") ?? Path.Combine(root, "content");
        var templates = arguments.Value("--templates") ?? Path.Combine(root, "templates");
        if (!Directory.Exists(content))
        {
            throw new UsageException($"The content folder '{content}' does not exist.");
        }

        if (!Directory.Exists(templates))
        {
            throw new UsageException($"The templates folder '{templates}' does not exist.");
        }

        var asOfText = arguments.Value("--as-of");
        var asOf = asOfText is null
            ? TodayInOslo()
            : DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new UsageException($"--as-of must be a date like 2024-03-18, not '{asOfText}'.");

        var url = arguments.Value("--base-url") ?? baseUrl ?? DefaultBaseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--base-url must be an absolute http(s) address, not '{url}'.");
        }

        return new BuildOptions(
            Path.GetFullPath(content), Path.GetFullPath(templates),
            Path.GetFullPath(arguments.Value("--output") ?? Path.Combine(root, "site-output")),
            asOf, includeDrafts || arguments.Flag("--drafts"), url.TrimEnd('/'));
    }

    public static DateOnly TodayInOslo()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? oslo : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
    }
}
