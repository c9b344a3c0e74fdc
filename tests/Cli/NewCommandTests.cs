using SiteGen.Binding;
using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class NewCommandTests
{
    private static readonly DateOnly Date = new(2024, 5, 1);

    [Theory]
    [InlineData("subproject", "subprojects/forste-rapport.md", "/delprosjekter/forste-rapport/")]
    [InlineData("update", "updates/2024-05-01-forste-rapport.md", "/oppdateringer/2024-05-01-forste-rapport/")]
    [InlineData("message", "communication/2024-05-01-forste-rapport.md", "/kommunikasjonsplan/")]
    public void Creates_a_draft_that_builds_with_the_real_content_and_shows_only_with_drafts(string kind, string relativePath, string url)
    {
        using var temp = new TempDirectory();
        var content = temp.CopyOf(RepositoryPaths.Content);

        var (code, stdout, stderr) = Run("new", kind, "Første", "rapport", "--content", content, "--date", "2024-05-01");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.EndsWith(relativePath, PathIn(stdout));
        using var preview = new BuiltSite(content, Date, drafts: true);
        // Only the reminder to name a source, which a new file cannot know yet.
        Assert.All(preview.Result.Diagnostics.Where(d => d.Span.File.EndsWith(relativePath, StringComparison.Ordinal)),
            d => Assert.Equal(DiagnosticCodes.MissingSource, d.Code));
        Assert.True(preview.Result.Succeeded, string.Join("\n", preview.Result.Diagnostics));
        Assert.True(preview.Exists(url), $"{url} was not built");
        var slug = $"\"{Path.GetFileNameWithoutExtension(relativePath)}\"";
        Assert.Contains(slug, preview.Text("/data/programme.json"));
        using var published = new BuiltSite(content, Date);
        Assert.True(published.Result.Succeeded, string.Join("\n", published.Result.Diagnostics));
        Assert.DoesNotContain(slug, published.Text("/data/programme.json"));
        Assert.Empty(YamlSchemaChecker.ProblemsIn(content));
    }

    [Fact]
    public void Says_how_to_publish_the_draft_it_wrote()
    {
        using var temp = new TempDirectory();

        var (_, stdout, _) = Run("new", "update", "Første rapport", "--content", temp.Path, "--date", "2024-05-01");

        Assert.Contains("draft: true", File.ReadAllLines(PathIn(stdout)));
        Assert.Contains("sett draft: false når den er klar", stdout);
    }

    [Theory]
    [InlineData("subproject", "subprojects/forste-rapport.md")]
    [InlineData("update", "updates/2024-05-01-forste-rapport.md")]
    [InlineData("message", "communication/2024-05-01-forste-rapport.md")]
    public void Check_refuses_a_new_file_published_with_its_placeholder_text(string kind, string relativePath)
    {
        using var copy = new ContentCopy();
        Run("new", kind, "Første rapport", "--content", copy.Content, "--date", "2024-05-01");
        var lines = copy.Read(relativePath).Split('\n');
        copy.Write(relativePath, copy.Read(relativePath).Replace("draft: true", "draft: false"));

        var result = copy.Check();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.Placeholder, error.Code);
        Assert.Equal((Array.FindIndex(lines, l => l.StartsWith("Skriv ", StringComparison.Ordinal)) + 1, 1), (error.Span.Line, error.Span.Column));
        Assert.EndsWith(relativePath, error.Span.File);
        Assert.Contains("draft: true", error.Message);
    }

    [Theory]
    [InlineData("subproject")]
    [InlineData("update")]
    [InlineData("message")]
    public void Writes_every_field_the_binder_knows_with_a_norwegian_comment_and_a_body(string kind)
    {
        using var temp = new TempDirectory();

        var (_, stdout, _) = Run("new", kind, "Første rapport", "--content", temp.Path, "--date", "2024-05-01");

        var lines = File.ReadAllLines(PathIn(stdout));
        Assert.Contains("title: Første rapport", lines);
        Assert.Equal(kind != "subproject", lines.Contains("date: 2024-05-01"));
        Assert.All(KeysOf(kind), key =>
        {
            var at = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal) || l.StartsWith($"# {key}:", StringComparison.Ordinal));
            Assert.True(at > 0, $"{key} is missing");
            Assert.StartsWith("# ", lines[at - 1]);
        });
        Assert.StartsWith("Skriv ", lines[^1]);
        Assert.DoesNotMatch("(?i)lorem|todo|fixme", string.Join("\n", lines));
    }

    [Theory]
    [InlineData("Status: \"Q2\" # 50 %")]
    [InlineData("2024")]
    [InlineData("true")]
    [InlineData("- [Ny] {plan} & *mål*")]
    public void Writes_any_title_so_it_reads_back_unchanged(string title)
    {
        using var temp = new TempDirectory();
        Run("new", "subproject", title, "--content", temp.Path);
        var diagnostics = new DiagnosticBag();

        var bound = ContentBinder.Bind(new ContentLoader(diagnostics, p => p).Load(temp.Path), diagnostics);

        Assert.Equal(title, Assert.Single(bound.Subprojects).Title);
    }

    [Fact]
    public void Names_updates_after_today_in_oslo_when_no_date_is_given()
    {
        using var temp = new TempDirectory();

        var (_, stdout, _) = Run("new", "update", "Første rapport", "--content", temp.Path);

        Assert.EndsWith($"updates/{BuildOptionsReader.TodayInOslo():yyyy-MM-dd}-forste-rapport.md", PathIn(stdout));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("subprojects", "forste-rapport.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "mitt innhold");

        var (code, stdout, stderr) = Run("new", "subproject", "Første rapport", "--content", temp.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Contains("already exists", stderr);
        Assert.Equal("mitt innhold", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ?")]
    public void Refuses_a_title_that_gives_no_file_name(string title)
    {
        using var temp = new TempDirectory();

        var (code, _, stderr) = Run("new", "message", title, "--content", temp.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: ", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Refuses_an_unknown_kind()
    {
        using var temp = new TempDirectory();

        var (code, _, stderr) = Run("new", "risk", "Renten stiger", "--content", temp.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("subproject|update|message", stderr);
    }

    private static IReadOnlyList<string> KeysOf(string kind) => kind switch
    {
        "subproject" => SubprojectBinder.Keys,
        "update" => UpdateBinder.Keys,
        _ => MessageBinder.Keys,
    };

    /// <summary>The first line of the output names the file written.</summary>
    private static string PathIn(string stdout) => stdout.Split('\n')[0].Trim();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
