using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>What editors' tools produce on their own is not a mistake: it builds without a word.</summary>
public class AcceptedInputTests
{
    [Fact]
    public void Builds_crlf_line_endings_a_bom_and_trailing_spaces_without_complaint()
    {
        using var content = new ContentCopy();
        foreach (var file in Directory.EnumerateFiles(content.Content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content.Content, file);
            var crlf = string.Join("\r\n", content.Read(relative).Split('\n').Select(line => line.Length == 0 ? line : line + "  "));
            content.WriteBytes(relative, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)]);
        }

        using var site = new BuiltSite(content.Content, ContentCopy.AsOf);

        Assert.Empty(site.Result.Diagnostics);
        var main = site.Page("/delprosjekter/innkjop/").QuerySelector("main")!;
        Assert.Equal("Bedre innkjøp", main.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Delprosjektet skal gi Testkommune bedre innkjøp.", main.TextContent);
        Assert.DoesNotContain('\r', site.Text("/delprosjekter/innkjop/"));
    }

    [Theory]
    [InlineData("/delprosjekter/innkjop/", "Bedre innkjøp")]
    [InlineData("/oppdateringer/2024-03-18-forste-rapport/", "Første rapport fra Testprogrammet")]
    [InlineData("/om/", "Om Testprogrammet")]
    public void Builds_norwegian_letters_in_titles_as_written(string url, string title)
    {
        using var site = new BuiltSite(RepositoryPaths.Fixture("minimal"), ContentCopy.AsOf);

        var main = site.Page(url).QuerySelector("main")!;

        Assert.Empty(site.Result.Diagnostics);
        Assert.Equal(title, main.QuerySelector("h1")!.TextContent.Trim());
    }
}
