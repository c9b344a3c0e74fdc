using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>Parses the command line, runs the command and turns the outcome into an exit code: the one place that does.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project generator -- <command> [options]

        Commands:
          build   Check the content and write the site (default output: site-output/)
          check   Run every check of build and write nothing
          serve   Build with drafts and serve the site on 127.0.0.1; rebuild and reload the
                  browser on every save, show content errors in the page. Ctrl-C stops it.
          new     new subproject|update|message <title>: write a new content file with every
                  field explained in Norwegian, and print its path
          diff    diff <base> [<head>]: what changed in the programme between two git revisions
                  (head: the working tree), in Norwegian Markdown for a pull request;
                  exit 1 when a revision's content has errors, 2 for an unknown revision

        Options of build, check and serve:
          --content DIR     content folder (default: content/ in the repository)
          --templates DIR   templates folder (default: templates/ in the repository)
          --output DIR      output folder for build (default: site-output/ in the repository);
                            not for serve, which builds into a temporary folder of its own
          --as-of DATE      leave out items dated after DATE, yyyy-mm-dd (default: today in Europe/Oslo)
          --drafts          include drafts and items dated after --as-of
          --no-history      leave out each page's history from git ("Sist endret", the list of
                            changes, status over time and /endringer/)
          --timings         build and check: print how long each stage of the pipeline took
          --base-url URL    absolute address of the published site, for feeds, the sitemap, canonical
                            links and calendar UIDs (default: url: in programme.yml; without it
                            http://localhost:8080 and a warning; for serve, its own address)

        Options of serve:
          --port N          port on 127.0.0.1 (default: 8080)

        Options of new:
          --content DIR     content folder (default: content/ in the repository)
          --date DATE       the date of a new update or message, yyyy-mm-dd (default: today in Europe/Oslo)

        Options of diff:
          --content DIR     content folder (default: content/ in the repository)
          --templates DIR   templates folder, for the Norwegian words (default: templates/)
          --format FORMAT   markdown (default) or text, for a terminal

        Exit codes: 0 success, 1 content errors (or the disk), 2 wrong usage or an output folder
        that must not be replaced, 3 a bug in the generator.
        """;

    private sealed record Command(Func<Arguments, TextWriter, TextWriter, int> Run, IReadOnlySet<string> ValueOptions, IReadOnlySet<string> Flags);

    private static readonly Dictionary<string, Command> Commands = new(StringComparer.Ordinal)
    {
        ["build"] = new(BuildCommand.Build, BuildOptionsReader.ValueOptions, BuildCommand.Flags),
        ["check"] = new(BuildCommand.Check, BuildOptionsReader.ValueOptions, BuildCommand.Flags),
        ["serve"] = new(ServeCommand.Run, ServeCommand.ValueOptions, BuildOptionsReader.Flags),
        ["new"] = new(NewCommand.Run, NewCommand.ValueOptions, new HashSet<string>()),
        ["diff"] = new(DiffCommand.Run, DiffCommand.ValueOptions, new HashSet<string>()),
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        try
        {
            if (!Commands.TryGetValue(args[0], out var command))
            {
                throw new UsageException($"Unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Keys)}.");
            }

            if (args.Skip(1).Any(a => a is "--help" or "-h"))
            {
                stdout.WriteLine(Usage);
                return ExitCodes.Success;
            }

            return command.Run(new Arguments(args.Skip(1), command.ValueOptions, command.Flags), stdout, stderr);
        }
        catch (Exception e) when (e is UsageException or OutputRefusedException)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
        catch (PublishFailedException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk, not the content; whether the site was touched is the writer's to say (PublishFailedException).
            stderr.WriteLine($"error: could not read or write a file: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: {FileFailure.Describe(e)}");
            return ExitCodes.InternalError;
        }
    }
}
