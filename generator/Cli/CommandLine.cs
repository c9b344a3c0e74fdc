using System.Globalization;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Parses the command line, runs the command and turns the outcome into an exit code: the one place that does.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project generator -- <command> [options]

        Commands:
          build   Check the content and write the site (default output: site-output/)
          check   Run every check of build and write nothing

        Options:
          --content DIR     content folder (default: content/ in the repository)
          --templates DIR   templates folder (default: templates/ in the repository)
          --output DIR      output folder for build (default: site-output/ in the repository)
          --as-of DATE      leave out items dated after DATE, yyyy-mm-dd (default: today in Europe/Oslo)
          --drafts          include drafts and items dated after --as-of
          --base-url URL    absolute address of the published site, for feeds and the sitemap
                            (default: http://localhost:8080)

        Exit codes: 0 success, 1 content errors, 2 wrong usage.
        """;

    private static readonly HashSet<string> ValueOptions = ["--content", "--templates", "--output", "--as-of", "--base-url"];
    private static readonly HashSet<string> Flags = ["--drafts", "--help"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }

            var command = args[0];
            var arguments = new Arguments(args.Skip(1), ValueOptions, Flags);
            return command switch
            {
                "build" => RunBuild(arguments, write: true, stdout, stderr),
                "check" => RunBuild(arguments, write: false, stdout, stderr),
                _ => throw new UsageException($"Unknown command '{command}'. Commands: build, check."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
    }

    private static int RunBuild(Arguments arguments, bool write, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Positional.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{arguments.Positional[0]}'.");
        }

        var options = ReadBuildOptions(arguments);
        var result = SiteBuilder.Build(options, write);
        Report(result.Diagnostics, stderr);

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{errors} error(s), {warnings} warning(s); nothing was written, the previous site is unchanged.");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine(write
            ? $"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {SiteBuilder.DisplayPath(options.OutputDirectory)} in {seconds} s, {warnings} warning(s)."
            : $"Checked: no errors, {warnings} warning(s), {result.PagesWritten} pages, in {seconds} s.");
        return ExitCodes.Success;
    }

    private static void Report(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic);
            if (annotate)
            {
                var level = diagnostic.IsError ? "error" : "warning";
                var span = diagnostic.Span;
                stderr.WriteLine($"::{level} file={span.File},line={span.Line},col={span.Column},title={diagnostic.Code}::{diagnostic.Message}");
            }
        }
    }

    private static BuildOptions ReadBuildOptions(Arguments arguments)
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

        var baseUrl = arguments.Value("--base-url") ?? "http://localhost:8080";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--base-url must be an absolute http(s) address, not '{baseUrl}'.");
        }

        return new BuildOptions(
            Path.GetFullPath(content), Path.GetFullPath(templates),
            Path.GetFullPath(arguments.Value("--output") ?? Path.Combine(root, "site-output")),
            asOf, arguments.Flag("--drafts"), baseUrl.TrimEnd('/'));
    }

    private static DateOnly TodayInOslo()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? oslo : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
    }
}
