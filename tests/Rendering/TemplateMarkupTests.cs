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
    private const double MaxControlShare = 0.04;

    private static readonly IReadOnlyList<Template> Templates =
    [
        .. Directory.EnumerateFiles(RepositoryPaths.Templates, "*.sbn", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new Template(Path.GetRelativePath(RepositoryPaths.Templates, f).Replace('\\', '/'), File.ReadAllText(f).ReplaceLineEndings("\n"))),
    ];

    /// <summary>A Scriban code block, possibly over several lines.</summary>
    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>A statement that decides, loops or assigns rather than prints: what a template should leave to C#.</summary>
    [GeneratedRegex(@"^[~-]?\s*((if|else|end|for|while|case|when|capture|func|tablerow|with|wrap)\b|\$?[A-Za-z_][A-Za-z_0-9.]*\s*=[^=])")]
    private static partial Regex ControlStatement();
    [GeneratedRegex("[=!]=\\s*\"[^\"]+\"")]
    private static partial Regex ComparisonWithText();

    [GeneratedRegex("(href|src|action)=\"/")]
    private static partial Regex LiteralPath();

    /// <summary>An assignment to a name without $: in a partial it would overwrite the including page's variable.</summary>
    [GeneratedRegex(@"(\{\{|;)[~-]?\s*[a-z_][a-z_0-9]*\s*=[^=]")]
    private static partial Regex GlobalAssignment();

    /// <summary>
    /// The non-empty lines of a template that hold a control statement anywhere: alone on the line, or inline around
    /// markup (<c>&lt;p&gt;{{ if x }}a{{ end }}&lt;/p&gt;</c>), or in a code block that spans several lines.
    /// </summary>
    public static int ControlLineCount(string template)
    {
        var lines = new HashSet<int>();
        foreach (Match block in CodeBlock().Matches(template))
        {
            var line = template.AsSpan(0, block.Groups[1].Index).Count('\n');
            foreach (var statement in Regex.Split(block.Groups[1].Value, "(?<=[;\n])"))
            {
                if (ControlStatement().IsMatch(statement.Trim().TrimStart(';').Trim()))
                {
                    lines.Add(line);
                }

                line += statement.EndsWith('\n') ? 1 : 0;
            }
        }

        return lines.Count;
    }

    [Fact]
    public void Control_lines_are_a_small_share_of_all_template_lines() => AssertSmallShare(Templates);

    /// <summary>The page templates on their own, so control flow cannot hide in them behind many plain partials.</summary>
    [Fact]
    public void Control_lines_are_a_small_share_of_the_page_template_lines() =>
        AssertSmallShare([.. Templates.Where(t => !t.Name.Contains('/', StringComparison.Ordinal))]);

    private static void AssertSmallShare(IReadOnlyList<Template> templates)
    {
        var lines = templates.Sum(t => t.Lines.Length);
        var control = templates.Sum(t => ControlLineCount(t.Text));
        var worst = string.Join(", ", templates.Select(t => (t.Name, Count: ControlLineCount(t.Text))).Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count).Take(5).Select(t => $"{t.Name} {t.Count}"));

        Assert.True(control <= lines * MaxControlShare, $"{control} of {lines} template lines hold control flow or assignments ({100.0 * control / lines:0.0} %); most in {worst}.");
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

    [Theory]
    [InlineData("{{~ if p.parent ~}}", 1)]
    [InlineData("{{~ for item in p.items ~}}", 1)]
    [InlineData("{{~ p = page.data; s = p.subproject ~}}", 1)]
    [InlineData("{{~ $caption = $2 ~}}", 1)]
    [InlineData("<p>{{ if x }}a{{ end }}</p>", 1)]
    [InlineData("<td>{{ e $1.title }}{{ if $1.note }}<span>{{ e $1.note }}</span>{{ end }}</td>", 1)]
    [InlineData("{{ x | string.replace 'a' 'b' }}{{ else if y }}", 1)]
    [InlineData("{{ case k }}\n{{ when 1 }}\none\n{{ end }}", 3)]
    [InlineData("{{ capture c }}x{{ end }}", 1)]
    [InlineData("{{ func f }}x{{ end }}", 1)]
    [InlineData("{{ while true }}x{{ end }}", 1)]
    [InlineData("{{\n  x = 1\n  y = 2\n}}", 2)]
    [InlineData("<p>a</p>\n{{ if x }}\n<p>b</p>\n{{ end }}", 2)]
    [InlineData("<li>{{ e item.title }}</li>", 0)]
    [InlineData("{{ include 'partials/tag.sbn' s.status }}", 0)]
    [InlineData("{{~ each 'partials/x.sbn' page.data.items ~}}", 0)]
    [InlineData("<a href=\"{{ $1.url }}\"{{ attr 'aria-current' $1.current }}>{{ $1.count == 1 }}</a>", 0)]
    [InlineData("<p>{{ t.ending }} {{ t.format }}{{~ ~}}</p>", 0)]
    public void The_control_line_count_sees_control_anywhere_on_a_line_but_not_markup(string template, int expected) =>
        Assert.Equal(expected, ControlLineCount(template));

    private List<string> Offending(Func<string, bool> isOffending) =>
        [.. Templates.SelectMany(t => t.Lines.Where(isOffending).Select(l => $"{t.Name}: {l.Trim()}"))];

    private sealed record Template(string Name, string Text)
    {
        /// <summary>The lines that hold anything.</summary>
        public string[] Lines { get; } = [.. Text.Split('\n').Where(l => l.Trim().Length > 0)];
    }
}
