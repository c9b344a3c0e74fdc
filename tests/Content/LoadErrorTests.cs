using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Files that cannot be read as content at all: each is reported where the editor must look, and skipped.</summary>
public class LoadErrorTests
{
    private const string Skole = "subprojects/skole.md";

    [Theory]
    [InlineData("tab-indentation.md", 5, 1, "mellomrom, ikke tabulator")]
    [InlineData("unclosed-quote.md", 3, 10, "anførselstegn er ikke lukket")]
    [InlineData("bad-indentation.md", 4, 8, "Sjekk innrykket")]
    [InlineData("duplicate-key.md", 4, 1, "samme feltet står to ganger")]
    public void Reports_yaml_syntax_errors_at_the_offending_line_with_what_to_do(string fixture, int line, int column, string advice)
    {
        using var content = new ContentCopy().Use(fixture, Skole);

        var error = Reported.Error(content.Check(), DiagnosticCodes.YamlSyntax, Skole, line, column);

        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public void Reports_front_matter_that_is_never_closed_at_line_1()
    {
        using var content = new ContentCopy().Use("front-matter-unclosed.md", Skole);

        Reported.Error(content.Check(), DiagnosticCodes.FrontMatterUnclosed, Skole, 1, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("\uFEFF")]
    public void Reports_an_empty_file_at_line_1(string text)
    {
        using var content = new ContentCopy().Write(Skole, text);

        Reported.Error(content.Check(), DiagnosticCodes.EmptyFile, Skole, 1, 1);
    }

    [Fact]
    public void Reports_a_file_that_is_not_utf8_at_its_first_latin1_letter()
    {
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: Skolestruktur\nsummary: Testkommune ser på skolene.\nstatus: planned\n---\nTekst.\n");
        using var content = new ContentCopy().WriteBytes(Skole, latin1);

        Reported.Error(content.Check(), DiagnosticCodes.NotUtf8, Skole, 3, 27);
    }
}
