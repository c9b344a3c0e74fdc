using System.Globalization;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary><c>build</c> and <c>check</c>: the whole pipeline, with or without writing the site.</summary>
public static class BuildCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(BuildOptionsReader.Flags) { "--timings" };

    public static int Build(Arguments arguments, TextWriter stdout, TextWriter stderr) => Run(arguments, write: true, stdout, stderr);

    public static int Check(Arguments arguments, TextWriter stdout, TextWriter stderr) => Run(arguments, write: false, stdout, stderr);

    private static int Run(Arguments arguments, bool write, TextWriter stdout, TextWriter stderr)
    {
        arguments.RequireNoPositional();
        var options = BuildOptionsReader.Read(arguments);
        if (write)
        {
            RequireSafeOutput(options);
        }

        var result = SiteBuilder.Build(options, write);
        Report(result.Diagnostics, stderr);

        if (arguments.Flag("--timings"))
        {
            stdout.WriteLine(Timings(result));
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (!result.Succeeded)
        {
            stderr.WriteLine(write
                ? $"{errors} error(s), {warnings} warning(s); nothing was written, the previous site is unchanged."
                : $"{errors} error(s), {warnings} warning(s).");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine(write
            ? $"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {SiteBuilder.DisplayPath(options.OutputDirectory)} in {seconds} s, {warnings} warning(s)."
            : $"Checked: no errors, {warnings} warning(s), {result.PagesWritten} pages, in {seconds} s.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Before any work: the output may not be (or hold) the content, the templates, the repository, the working
    /// folder, the home folder or the disk root, nor lie inside the content or templates (it is deleted and rewritten).
    /// </summary>
    private static void RequireSafeOutput(BuildOptions options)
    {
        var working = Environment.CurrentDirectory;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] inside = [options.ContentDirectory, options.TemplatesDirectory, Path.Combine(RepositoryRoot.Find(working), ".git")];
        OutputGuard.RequireSafeTarget(
            options.OutputDirectory,
            neverReplaced: [RepositoryRoot.Find(working), working, .. home.Length > 0 ? [home] : Array.Empty<string>()],
            neverInside: inside);
    }

    /// <summary>One line per problem; under GitHub Actions also as workflow annotations on the changed files.</summary>
    public static void Report(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr) =>
        Report(diagnostics, stderr, annotate: Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");

    public static void Report(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr, bool annotate)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic);
            if (annotate)
            {
                stderr.WriteLine(Annotation(diagnostic));
            }
        }
    }

    /// <summary>The workflow command GitHub shows on the file's line; %, CR and LF must be escaped in it.</summary>
    public static string Annotation(Diagnostic diagnostic)
    {
        static string Escape(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        var span = diagnostic.Span;
        var level = diagnostic.IsError ? "error" : "warning";
        return $"::{level} file={Escape(span.File).Replace(",", "%2C").Replace(":", "%3A")},line={span.Line},col={span.Column},title={diagnostic.Code}::{Escape(diagnostic.Message)}";
    }

    /// <summary>
    /// How long each stage took, on one line: "load 92 ms (150 ms CPU, 3 MB allocated, peak 60 MiB), bind …", then the
    /// collector's work. The peak is the process's largest resident set so far, so the stage where it jumps is the one
    /// that made it.
    /// </summary>
    public static string Timings(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms ({s.Processor.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms CPU, {(s.Allocated / 1e6).ToString("0", CultureInfo.InvariantCulture)} MB allocated, peak {s.PeakMemory >> 20} MiB)"))
        + $"; garbage collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
}
