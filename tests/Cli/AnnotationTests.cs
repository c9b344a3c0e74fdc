using SiteGen.Cli;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Cli;

public class AnnotationTests
{
    private static readonly Diagnostic Problem = new(Severity.Error, "LV106", new SourceSpan("content/subprojects/samverdi.md", 7, 9), "Ukjent verdi «activ» i «status». 100 %\nneste linje");

    [Fact]
    public void Under_github_actions_each_problem_is_also_a_workflow_annotation_on_its_file_and_line()
    {
        var stderr = new StringWriter();

        BuildCommand.Report([Problem], stderr, annotate: true);

        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("content/subprojects/samverdi.md:7:9: error LV106: Ukjent verdi «activ» i «status». 100 %\\nneste linje", lines[0].TrimEnd());
        Assert.Equal("::error file=content/subprojects/samverdi.md,line=7,col=9,title=LV106::Ukjent verdi «activ» i «status». 100 %25%0Aneste linje", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Elsewhere_problems_are_plain_lines_only()
    {
        var stderr = new StringWriter();

        BuildCommand.Report([Problem with { Message = "Feil." }], stderr, annotate: false);

        Assert.Equal("content/subprojects/samverdi.md:7:9: error LV106: Feil.", stderr.ToString().Trim());
    }
}
