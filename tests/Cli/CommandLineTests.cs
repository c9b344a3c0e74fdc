using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The command line as an editor or CI sees it: one line per problem, all of them, and exit codes 0/1/2.</summary>
public partial class CommandLineTests
{
    [GeneratedRegex(@"^(?<file>.+):(?<line>\d+):(?<column>\d+): error (?<code>LV\d{3}): \S.*$")]
    private static partial Regex ErrorLine();

    [Fact]
    public void Check_exits_0_on_clean_content_and_writes_nothing()
    {
        using var content = new ContentCopy();

        var (exit, stdout, _) = Run(content, "check");

        Assert.Equal(0, exit);
        Assert.StartsWith("Checked: no errors", stdout);
        Assert.False(Directory.Exists(content.Output));
    }

    [Fact]
    public void Check_exits_0_when_there_are_only_warnings()
    {
        using var content = new ContentCopy().Write("notater.txt", "Huskeliste for Testprogrammet.");

        var (exit, _, stderr) = Run(content, "check");

        Assert.Equal(0, exit);
        Assert.Contains("notater.txt:1:1: warning LV007:", stderr);
    }

    [Fact]
    public void Reports_every_problem_of_several_broken_files_in_one_run_sorted_and_exits_1()
    {
        using var content = new ContentCopy()
            .Use("unknown-key.md", "subprojects/skole.md")
            .Use("text-instead-of-number.yml", "risks.yml")
            .Use("unknown-update.md", "communication/2024-03-20-nyhetsbrev.md")
            .Use("broken-link.md", "pages/om.md")
            .Use("tab-indentation.md", "subprojects/innkjop.md");

        var (exit, _, stderr) = Run(content, "check");

        var errors = stderr.Split('\n').Select(l => ErrorLine().Match(l.TrimEnd())).Where(m => m.Success)
            .Select(m => $"{m.Groups["file"].Value[(content.Content.Length + 1)..]}:{m.Groups["line"].Value}:{m.Groups["column"].Value} {m.Groups["code"].Value}")
            .ToList();
        Assert.Equal(1, exit);
        Assert.Equal<string>(
        [
            "communication/2024-03-20-nyhetsbrev.md:5:9 LV203",
            "pages/om.md:5:1 LV301",
            "risks.yml:5:18 LV107",
            "subprojects/innkjop.md:5:1 LV006",
            "subprojects/skole.md:2:1 LV102",
            "subprojects/skole.md:3:1 LV101",
        ], errors);
    }

    [Fact]
    public void A_failed_build_says_that_the_previous_site_is_unchanged()
    {
        using var content = new ContentCopy().Use("unknown-status.md", "subprojects/skole.md");

        var (exit, _, stderr) = Run(content, "build");

        Assert.Equal(1, exit);
        Assert.Contains("nothing was written, the previous site is unchanged", stderr);
        Assert.False(Directory.Exists(content.Output));
    }

    [Fact]
    public void Names_files_inside_the_working_folder_relative_to_it_with_forward_slashes()
    {
        var file = Path.Combine(Environment.CurrentDirectory, "content", "subprojects", "skole.md");

        Assert.Equal("content/subprojects/skole.md", SiteGen.Build.SiteBuilder.DisplayPath(file));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--as-of", "18.03.2024")]
    [InlineData("check", "stray")]
    public void Exits_2_on_wrong_usage(params string[] args)
    {
        using var content = new ContentCopy();

        var (exit, _, stderr) = Run(content, args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public void Exits_2_when_the_content_folder_does_not_exist()
    {
        using var content = new ContentCopy();
        Directory.Delete(content.Content, recursive: true);

        Assert.Equal(2, Run(content, "check").Exit);
    }

    /// <summary>Runs the CLI on the copy; default paths come from the repository, so every folder is given explicitly.</summary>
    private static (int Exit, string Stdout, string Stderr) Run(ContentCopy content, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] paths = ["--content", content.Content, "--templates", RepositoryPaths.Templates, "--output", content.Output, "--as-of", "2024-12-31"];
        // The command's own options come last, so they win over the defaults given here.
        var exit = CommandLine.Run([.. args.Take(1), .. paths, .. args.Skip(1)], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
