using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// One hostile or careless content file per class of attack, each put into an otherwise valid programme that was
/// built once before. A refused file must give exit 1, one located line per problem and no stack trace, and leave
/// the previous site byte for byte; an accepted one must build a site with nothing executable in any file.
/// Nothing outside the output folder may change either way.
/// </summary>
public partial class HostileContentTests
{
    /// <summary>(fixture in tests/Hostile/Fixtures, where it goes in the content, exit code, code and line of the first problem).</summary>
    public static TheoryData<string, string, int, string, int> Cases => new()
    {
        { "risk-id-injection.yml", "risks.yml", 1, "LV110", 16 },
        { "risk-id-fullwidth-digits.yml", "risks.yml", 1, "LV110", 16 },
        { "risk-id-huge-number.yml", "risks.yml", 0, "", 0 },
        { "contact-url-tab.yml", "programme.yml", 1, "LV304", 27 },
        { "contact-url-control-char.yml", "programme.yml", 1, "LV014", 26 },
        { "autolinks.md", "pages/om.md", 1, "LV304", 4 },
        { "entity-encoded-javascript.md", "pages/om.md", 1, "LV304", 4 },
        { "order-out-of-range.md", "pages/om.md", 1, "LV206", 3 },
        { "date-arabic-indic-digits.md", "subprojects/skole.md", 1, "LV104", 4 },
        { "money-overflow.md", "subprojects/skole.md", 1, "LV206", 5 },
        { "csv-formula-title.md", "subprojects/skole.md", 0, "", 0 },
        { "goal-negative-and-zero-target.yml", "programme.yml", 0, "", 0 },
        { "unclosed-flow-list.md", "pages/om.md", 1, "LV006", 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_is_refused_where_it_is_wrong_or_built_into_nothing_executable(string fixture, string relative, int exit, string code, int line)
    {
        using var content = new ContentCopy();
        content.WriteBytes(relative, File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Hostile", "Fixtures", fixture)));

        var outcome = BuildTwice(content);

        Assert.Equal(exit, outcome.Exit);
        if (exit != 0)
        {
            Assert.Matches($@"(?m)^\S*content/{Regex.Escape(relative)}:{line}:\d+: error {code}: \S", outcome.Stderr);
        }
    }

    [Fact]
    public void Formulas_in_open_data_are_neutralised_and_negative_numbers_kept()
    {
        using var content = new ContentCopy();
        content.WriteBytes("subprojects/skole.md", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Hostile", "Fixtures", "csv-formula-title.md")));

        Assert.Equal(0, BuildTwice(content).Exit);

        var cells = Directory.EnumerateFiles(content.Output, "*.csv", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split(["\r\n"], StringSplitOptions.None))
            .SelectMany(l => l.Split(',')).Select(c => c.Trim('"')).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
        Assert.Contains(cells, c => c.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(cells, c => c == "'-2+3");
    }

    [Fact]
    public void A_goal_with_a_negative_value_and_a_zero_target_draws_a_bar_below_the_zero_line()
    {
        using var content = new ContentCopy();
        content.WriteBytes("programme.yml", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Hostile", "Fixtures", "goal-negative-and-zero-target.yml")));

        Assert.Equal(0, BuildTwice(content).Exit);

        using var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "mal-og-gevinster", "index.html")));
        var chart = page.QuerySelector("svg.chart")!;
        var zero = double.Parse(chart.QuerySelector("line.axis")!.GetAttribute("y1")!, System.Globalization.CultureInfo.InvariantCulture);
        var bars = chart.QuerySelectorAll("rect.value").Select(r => (
            Y: double.Parse(r.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture),
            Height: double.Parse(r.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(zero, bars[0].Y, 1);
        Assert.True(bars[0].Height > 0);
        Assert.True(bars[1].Y + bars[1].Height <= zero + 0.1);
        Assert.All(chart.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => Assert.DoesNotContain("NaN", a.Value));
    }

    /// <summary>
    /// Builds the untouched copy (whose fixture file was saved aside), then the hostile one, and checks what must hold
    /// for every case: no stack trace, nothing outside the output touched, and either the old site byte for byte
    /// (refused) or a site with nothing executable (accepted).
    /// </summary>
    internal static (int Exit, string Stderr) BuildTwice(ContentCopy content, params string[] extra)
    {
        var hostile = Snapshot(content.Content);
        var original = new ContentCopy();
        try
        {
            Assert.Equal(0, Run(original.Content, content.Output).Exit);
        }
        finally
        {
            original.Dispose();
        }

        var before = Snapshot(content.Output);
        var (exit, stdout, stderr) = Run(content.Content, content.Output, extra);

        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.DoesNotContain("Exception", stderr + stdout);
        Assert.Equal(hostile, Snapshot(content.Content));
        if (exit == 0)
        {
            NothingExecutable.In(content.Output);
        }
        else
        {
            Assert.Equal(before, Snapshot(content.Output));
        }

        return (exit, stderr);
    }

    internal static (int Exit, string Stdout, string Stderr) Run(string contentFolder, string output, params string[] extra)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(
            ["build", "--content", contentFolder, "--templates", RepositoryPaths.Templates, "--output", output, "--as-of", "2024-12-31", .. extra], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    internal static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => new FileInfo(f).LinkTarget is null && SiteGen.Content.ContentFiles.IsRegularFile(f))
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : [], StringComparer.Ordinal);
}
