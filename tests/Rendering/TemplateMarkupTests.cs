using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Templates hold markup: the rules and the addresses live in C# page models, so a template has few lines that are
/// only control flow, compares no value with a status word, writes no site path and leaves no variable behind.
/// </summary>
public partial class TemplateMarkupTests
{
    /// <summary>Where the share of control lines stands; lower it as templates get simpler, never raise it.</summary>
    private const double MaxControlShare = 0.095;

    private static readonly IReadOnlyList<(string Name, string[] Lines)> Templates =
    [
        .. Directory.EnumerateFiles(RepositoryPaths.Templates, "*.sbn", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Templates, f).Replace('\\', '/'), File.ReadAllLines(f).Where(l => l.Trim().Length > 0).ToArray())),
    ];

    /// <summary>A line with nothing but Scriban code that is an if/else/end/for or an assignment: it prints nothing itself.</summary>
    [GeneratedRegex(@"^\s*(\{\{[~-]?\s*(if|else|end|for|\$?[a-z_][a-z_0-9.]*\s*=[^=])[^}]*[~-]?\}\}\s*)+$")]
    private static partial Regex ControlLine();

    [GeneratedRegex("[=!]=\\s*\"[^\"]+\"")]
    private static partial Regex ComparisonWithText();

    [GeneratedRegex("(href|src|action)=\"/")]
    private static partial Regex LiteralPath();

    /// <summary>An assignment to a name without $: in a partial it would overwrite the including page's variable.</summary>
    [GeneratedRegex(@"(\{\{|;)[~-]?\s*[a-z_][a-z_0-9]*\s*=[^=]")]
    private static partial Regex GlobalAssignment();

    [Fact]
    public void Control_lines_are_a_small_share_of_the_template_lines()
    {
        var lines = Templates.SelectMany(t => t.Lines).ToList();
        var control = lines.Count(l => ControlLine().IsMatch(l));

        Assert.True(control < lines.Count * MaxControlShare, $"{control} of {lines.Count} template lines are control lines ({100.0 * control / lines.Count:0.0} %).");
    }

    [Fact]
    public void No_template_compares_a_value_with_a_word_or_builds_a_list() =>
        Assert.Empty(Offending(l => ComparisonWithText().IsMatch(l) || l.Contains("array.add", StringComparison.Ordinal)));

    [Fact]
    public void No_template_writes_a_site_address_itself() =>
        Assert.Empty(Offending(l => LiteralPath().IsMatch(l)));

    [Fact]
    public void Partials_keep_their_variables_local() =>
        Assert.Empty(Templates.Where(t => t.Name.StartsWith("partials/", StringComparison.Ordinal))
            .SelectMany(t => t.Lines.Where(l => GlobalAssignment().IsMatch(l)).Select(l => $"{t.Name}: {l.Trim()}")));

    /// <summary>A loop variable without $ in a partial would likewise overwrite the including page's variable of that name.</summary>
    [GeneratedRegex(@"\{\{[~-]?\s*for\s+[a-z_]")]
    private static partial Regex GlobalLoopVariable();

    [Fact]
    public void Partials_loop_with_local_variables() =>
        Assert.Empty(Templates.Where(t => t.Name.StartsWith("partials/", StringComparison.Ordinal))
            .SelectMany(t => t.Lines.Where(l => GlobalLoopVariable().IsMatch(l)).Select(l => $"{t.Name}: {l.Trim()}")));

    [Fact]
    public void The_control_line_count_sees_an_if_a_loop_and_an_assignment_but_not_markup()
    {
        Assert.Matches(ControlLine(), "{{~ if p.parent ~}}");
        Assert.Matches(ControlLine(), "{{~ for item in p.items ~}}");
        Assert.Matches(ControlLine(), "{{~ p = page.data; s = p.subproject ~}}");
        Assert.DoesNotMatch(ControlLine(), "<li>{{ e item.title }}</li>");
        Assert.DoesNotMatch(ControlLine(), "{{ include 'partials/tag.sbn' s.status }}");
    }

    private List<string> Offending(Func<string, bool> isOffending) =>
        [.. Templates.SelectMany(t => t.Lines.Where(isOffending).Select(l => $"{t.Name}: {l.Trim()}"))];
}
