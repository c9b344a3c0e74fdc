using SiteGen.Binding;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Diff;
using SiteGen.History;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary>
/// <c>diff &lt;base&gt; [&lt;head&gt;]</c>: what changed in the programme between two git revisions (head: the working
/// tree), read through the same load, bind and validate stages as the build. Exit 0 when compared, 1 when a revision's
/// content has errors, 2 for an unknown revision or outside git.
/// </summary>
public static class DiffCommand
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--templates", "--format" };

    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Positional.Count is < 1 or > 2)
        {
            throw new UsageException("diff needs one or two git revisions: diff <base> [<head>], for example diff main.");
        }

        var format = arguments.Value("--format") switch
        {
            null or "markdown" => ReportFormat.Markdown,
            "text" => ReportFormat.Text,
            var other => throw new UsageException($"--format must be markdown or text, not '{other}'."),
        };
        var content = BuildOptionsReader.ContentDirectory(arguments);
        var repository = GitRepository.Open(content)
            ?? throw new UsageException($"{SiteBuilder.DisplayPath(content)} is not in a git repository (or git is not installed), so there are no revisions to compare.");
        var (baseName, headName) = (arguments.Positional[0], arguments.Positional.ElementAtOrDefault(1));
        var baseCommit = Resolve(repository, baseName);
        var headCommit = headName is null ? null : Resolve(repository, headName);

        var templateProblems = new DiagnosticBag();
        var strings = UiStrings.Load(BuildOptionsReader.TemplatesDirectory(arguments), templateProblems, SiteBuilder.DisplayPath);
        if (templateProblems.HasErrors)
        {
            BuildCommand.Report(templateProblems.ToSortedList(), stderr);
            return ExitCodes.ContentErrors;
        }

        var words = new DiffWords(strings);
        var writer = new ChangeReportWriter(words, format);
        var headLabel = headName is null ? words.Text("working_tree") : writer.Revision(headName);
        var before = Load(RevisionContent.Files(repository, baseCommit, SiteBuilder.DisplayPath), content);
        var after = Load(headCommit is null ? null : RevisionContent.Files(repository, headCommit, SiteBuilder.DisplayPath), content);

        var failed = false;
        foreach (var (label, (_, problems)) in new[] { (writer.Revision(baseName), before), (headLabel, after) })
        {
            var errors = problems.ToSortedList().Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                BuildCommand.Report(errors, stderr);
                stdout.Write(writer.WriteErrors(label, errors));
                failed = true;
            }
        }

        if (failed)
        {
            return ExitCodes.ContentErrors;
        }

        var report = new ProgrammeComparer(words, strings).Compare(before.Model!, after.Model!);
        stdout.Write(writer.Write(report, words.Format("range", writer.Revision(baseName), headLabel)));
        return ExitCodes.Success;
    }

    private static string Resolve(GitRepository repository, string revision) =>
        repository.ResolveCommit(revision)
            ?? throw new UsageException($"git knows no revision '{revision}'. Give a branch, tag or commit, for example main or HEAD~1.");

    /// <summary>
    /// A revision's whole programme, drafts and future items included, so that publishing a draft reads as a change;
    /// <paramref name="files"/> null means the working tree.
    /// </summary>
    private static (SiteModel? Model, DiagnosticBag Problems) Load(IReadOnlyList<ContentFile>? files, string contentDirectory)
    {
        var problems = new DiagnosticBag();
        var loader = new ContentLoader(problems, SiteBuilder.DisplayPath);
        var documents = files is null
            ? loader.Load(contentDirectory)
            : loader.Load(files, SiteBuilder.DisplayPath(Path.Combine(contentDirectory, ContentPaths.PathOf(ContentKind.Programme))));
        var model = SiteValidator.Validate(ContentBinder.Bind(documents, problems), new PublishOptions(DateOnly.MaxValue, IncludeDrafts: true), problems);
        return (model, problems);
    }
}
