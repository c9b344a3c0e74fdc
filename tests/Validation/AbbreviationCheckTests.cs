using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>check tells the editor about abbreviations the glossary does not explain, once each, where they first appear.</summary>
public class AbbreviationCheckTests
{
    [Fact]
    public void Warns_once_about_an_unexplained_capital_word_at_its_first_use_and_still_builds()
    {
        using var content = new ContentCopy();
        content.Write("pages/forkortelser.md", "---\ntitle: Forkortelser\n---\nVi jobber med PPT og ROS.\n\nPPT igjen.\n");
        content.Write("glossary.yml", "terms:\n  - term: ROS\n    expansion: risiko og sårbarhet\n");

        var result = content.Check();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnexplainedAbbreviation);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((4, 15), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("«PPT»", warning.Message);
        Assert.Contains("glossary.yml", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_term_with_a_hyphen_explains_its_capital_part()
    {
        using var content = new ContentCopy();
        content.Write("pages/midler.md", "---\ntitle: Midler\n---\nDet er søkt om OU-midler.\n");
        content.Write("glossary.yml", "terms:\n  - term: OU-midler\n    explanation: Midler til utvikling.\n");

        Assert.DoesNotContain(content.Check().Diagnostics, d => d.Code == DiagnosticCodes.UnexplainedAbbreviation);
    }
}
