using System.Text;
using SiteGen.History;

namespace SiteGen.Tests.History;

/// <summary>Status over time reads only status and health of old versions; it must read them as the YAML means them.</summary>
public sealed class TopLevelScalarsTests
{
    private static readonly HashSet<string> Keys = ["status", "health"];

    private static IReadOnlyDictionary<string, string> Read(string text) => TopLevelScalars.Read(Encoding.UTF8.GetBytes(text), Keys);

    [Fact]
    public void Plain_quoted_and_commented_values_of_the_front_matter_are_read()
    {
        var fields = Read("---\ntitle: Turnus\nstatus: 'active'\nhealth: amber   # etter styringsgruppen\n---\nTekst.\n");

        Assert.Equal("active", fields["status"]);
        Assert.Equal("amber", fields["health"]);
    }

    [Fact]
    public void A_status_of_a_phase_or_milestone_or_in_the_text_is_not_the_subprojects()
    {
        var fields = Read("---\r\ntitle: Turnus\r\nphases:\r\n  - title: Fase 1\r\n    status: completed\r\nstatus: \"paused\"\r\n---\r\nstatus: stopped\r\n");

        Assert.Equal("paused", fields["status"]);
        Assert.False(fields.ContainsKey("health"));
    }

    [Theory]
    [InlineData("title: Turnus\nstatus: active\n")]
    [InlineData("---\nstatus: >\n  active\n---\n")]
    [InlineData("---\nstatus:\n---\n")]
    public void Without_front_matter_or_with_a_value_that_is_not_one_line_nothing_is_read(string text)
    {
        Assert.Empty(Read(text));
    }
}
