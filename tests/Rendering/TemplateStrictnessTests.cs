using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A template mistake stops the build with the template's file, line and column; it never prints as nothing.</summary>
public class TemplateStrictnessTests
{
    [Theory]
    [InlineData("{{ e page.data.subproject.title }}", "{{ e page.data.subproject.titel }}", 1, 31)]
    [InlineData("{{ e page.data.subproject.title }}", "{{ e pag.data.subproject.title }}", 1, 10)]
    [InlineData("{{ t.subproject.toc_label }}", "{{ t.subproject.toc_labl }}", 8, 46)]
    [InlineData("{{ e page.data.subproject.title }}", "{{ e page.titel }}", 1, 15)]
    public void Reports_a_misspelt_name_in_a_template_at_its_line_and_column(string correct, string typo, int line, int column)
    {
        using var temp = new TempDirectory();
        var templates = temp.CopyOf(RepositoryPaths.Templates);
        var file = Path.Combine(templates, "subproject.sbn");
        var text = File.ReadAllText(file);
        Assert.Contains(correct, text);
        File.WriteAllText(file, ReplaceFirst(text, correct, typo));

        using var site = new BuiltSite(RepositoryPaths.Fixture("kvalitetskommune"), new DateOnly(2024, 12, 31), templatesDirectory: templates);

        Assert.False(site.Result.Succeeded);
        var error = site.Result.Diagnostics.First(d => d.Code == DiagnosticCodes.TemplateRuntime);
        Assert.EndsWith("subproject.sbn", error.Span.File);
        Assert.Equal(line, error.Span.Line);
        Assert.Equal(column, error.Span.Column);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("layout.sbn", "{{ t.skip_link }}", "{{ t.skip_lnk }}", 16, 40)]
    [InlineData("partials/fact/tag.sbn", "'partials/tag.sbn' $1.tag }}", "'partials/tag.sbn' $1.tg }}", 1, 68)]
    public void A_typo_that_fails_many_pages_is_reported_once_with_how_many(string template, string correct, string typo, int line, int column)
    {
        using var temp = new TempDirectory();
        var templates = temp.CopyOf(RepositoryPaths.Templates);
        var file = Path.Combine(templates, template);
        var text = File.ReadAllText(file);
        Assert.Contains(correct, text);
        File.WriteAllText(file, ReplaceFirst(text, correct, typo));
        var fixture = RepositoryPaths.Fixture("kvalitetskommune");
        using var good = new BuiltSite(fixture, new DateOnly(2024, 12, 31));
        var failing = template == "layout.sbn" ? good.PageUrls.Count : good.PageUrls.Count(u => u.StartsWith("/delprosjekter/", StringComparison.Ordinal) && u != "/delprosjekter/");

        using var site = new BuiltSite(fixture, new DateOnly(2024, 12, 31), templatesDirectory: templates);

        Assert.True(failing > 1);
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRuntime);
        Assert.EndsWith(template, error.Span.File.Replace('\\', '/'));
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains($"on {failing} pages", error.Message);
    }

    [Fact]
    public void Reports_a_page_whose_h1_is_empty()
    {
        var diagnostics = new DiagnosticBag();

        new PageInspector(diagnostics).Inspect("/tom/", "page.sbn", $"<!doctype html><html lang=\"nb\"><head>{PageInspectorTests.Policy}</head><body><main><h1> <span></span> </h1></main></body></html>");

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.PageStructure, error.Code);
        Assert.Contains("/tom/", error.Message);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
