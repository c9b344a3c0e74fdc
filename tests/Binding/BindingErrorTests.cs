using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Binding;

/// <summary>Fields that parse as YAML but do not fit the content contract.</summary>
public class BindingErrorTests
{
    private const string Skole = "subprojects/skole.md";

    [Fact]
    public void Reports_an_unknown_key_at_line_3_with_the_key_it_resembles()
    {
        using var content = new ContentCopy().Use("unknown-key.md", Skole);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownKey, Skole, 3, 1);

        Assert.Contains("Mente du «status»?", error.Message);
    }

    [Fact]
    public void Reports_a_missing_title_at_the_first_field()
    {
        using var content = new ContentCopy().Use("missing-title.md", Skole);

        var error = Reported.Error(content.Check(), DiagnosticCodes.MissingField, Skole, 2, 1);

        Assert.Contains("«title: …»", error.Message);
    }

    [Fact]
    public void Reports_text_where_a_list_belongs_at_line_5()
    {
        const string update = "updates/2024-03-18-forste-rapport.md";
        using var content = new ContentCopy().Use("text-instead-of-list.md", update);

        Reported.Error(content.Check(), DiagnosticCodes.WrongType, update, 5, 14);
    }

    [Fact]
    public void Reports_text_where_a_number_belongs_at_line_4()
    {
        using var content = new ContentCopy().Use("text-instead-of-number.yml", "risks.yml");

        Reported.Error(content.Check(), DiagnosticCodes.InvalidNumber, "risks.yml", 5, 18);
    }

    [Theory]
    [InlineData("date-2024-13-01.md")]
    [InlineData("date-2024-Q5.md")]
    [InlineData("date-18.03.2024.md")]
    public void Reports_an_impossible_or_malformed_date_at_line_5(string fixture)
    {
        using var content = new ContentCopy().Use(fixture, Skole);

        var error = Reported.Error(content.Check(), DiagnosticCodes.InvalidDate, Skole, 5, 6);

        Assert.Contains("2024-03-18 (dag)", error.Message);
    }

    [Fact]
    public void Reports_an_end_before_its_start_at_the_end()
    {
        using var content = new ContentCopy().Use("end-before-start.md", Skole);

        Reported.Error(content.Check(), DiagnosticCodes.EndBeforeStart, Skole, 5, 6);
    }

    [Fact]
    public void Reports_an_unknown_status_with_the_value_it_resembles()
    {
        using var content = new ContentCopy().Use("unknown-status.md", Skole);

        var error = Reported.Error(content.Check(), DiagnosticCodes.UnknownEnumValue, Skole, 3, 9);

        Assert.Contains("Mente du «active»?", error.Message);
        Assert.Contains("planned, active, completed, paused, stopped", error.Message);
    }

    [Theory]
    [InlineData("subprojects/Skole_Struktur.md")]
    [InlineData("subprojects/skolestruktur-æøå.md")]
    [InlineData("pages/Om oss.md")]
    public void Reports_a_file_name_with_characters_outside_a_to_z_digits_and_hyphen(string name)
    {
        using var content = new ContentCopy().Move(name.StartsWith("pages/", StringComparison.Ordinal) ? "pages/om.md" : Skole, name);

        Reported.Error(content.Check(), DiagnosticCodes.InvalidSlug, name, 1, 1);
    }

    [Fact]
    public void Reports_a_parent_that_tries_to_leave_its_folder()
    {
        using var content = new ContentCopy().Use("parent-leaves-folder.md", Skole);

        Reported.Error(content.Check(), DiagnosticCodes.InvalidSlug, Skole, 4, 9);
    }
}
