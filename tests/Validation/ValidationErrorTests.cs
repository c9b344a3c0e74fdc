using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>Rules across files: ids are unique and every reference names something that exists.</summary>
public class ValidationErrorTests
{
    [Theory]
    [InlineData("duplicate-risk-id.yml", "risks.yml", 7, 9, 2)]
    [InlineData("duplicate-goal-id.yml", "programme.yml", 21, 9, 13)]
    public void Reports_a_duplicate_id_at_the_second_one_and_names_the_first(string fixture, string file, int line, int column, int firstLine)
    {
        using var content = new ContentCopy().Use(fixture, file);

        var error = Reported.Error(content.Check(), DiagnosticCodes.DuplicateId, file, line, column);

        Assert.Contains($"linje {firstLine} ", error.Message);
    }

    [Fact]
    public void Reports_a_reference_to_a_subproject_that_does_not_exist_with_the_one_it_resembles()
    {
        const string update = "updates/2024-03-18-forste-rapport.md";
        using var content = new ContentCopy().Use("unknown-subproject.md", update);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownReference, update, 5, 24);

        Assert.Contains("Mente du «skole»?", error.Message);
    }

    [Fact]
    public void Reports_a_reference_to_an_update_that_does_not_exist_with_the_one_it_resembles()
    {
        const string message = "communication/2024-03-20-nyhetsbrev.md";
        using var content = new ContentCopy().Use("unknown-update.md", message);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownReference, message, 5, 9);

        Assert.Contains("Mente du «2024-03-18-forste-rapport»?", error.Message);
    }

    [Theory]
    [InlineData("tab-indentation.md", "subprojects/innkjop.md")]
    [InlineData("missing-title.md", "subprojects/innkjop.md")]
    [InlineData("tab-indentation.md", "updates/2024-03-18-forste-rapport.md")]
    [InlineData("missing-title.md", "pages/om.md")]
    public void Reports_a_broken_file_once_and_not_again_where_it_is_referred_to_or_linked(string fixture, string file)
    {
        using var content = new ContentCopy().Use(fixture, file);

        var result = content.Check();

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("content/" + file, d.Span.File));
    }
}
