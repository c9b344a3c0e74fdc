using System.Text;
using SiteGen.Emit;

namespace SiteGen.Tests.Emit;

/// <summary>Calendar apps reject or garble lines longer than 75 octets, a character cut in half, or an unescaped comma.</summary>
public class CalendarTextTests
{
    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var value = string.Concat(Enumerable.Repeat("Oppfølging på tvers æøå ", 12));

        var text = new CalendarText().Text("SUMMARY", value).ToString();

        var lines = text.Split("\r\n")[..^1];
        Assert.True(lines.Length > 3);
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("SUMMARY:" + value, lines[0] + string.Concat(lines.Skip(1).Select(l => l[1..])));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_cut_in_half()
    {
        for (var offset = 0; offset < 4; offset++)
        {
            var text = new CalendarText().Text("SUMMARY", new string('a', offset) + string.Concat(Enumerable.Repeat("🙂", 60))).ToString();

            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void Text_values_escape_what_iCalendar_reads_as_structure()
    {
        var text = new CalendarText().Text("DESCRIPTION", "a,b;c\\d\ne").Raw("URL", "https://x.no/a,b").ToString();

        Assert.Equal("DESCRIPTION:a\\,b\\;c\\\\d\\ne\r\nURL:https://x.no/a,b\r\n", text);
    }
}
