using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>What a reported unprintable value is carried on as: every refused character replaced, nothing else touched.</summary>
public class PrintableTests
{
    [Theory]
    [InlineData("Skole\u0001struktur", "Skole\uFFFDstruktur")]
    [InlineData("\u0001a\u001Fb\uFFFF", "\uFFFDa\uFFFDb\uFFFD")]
    [InlineData("tab\tog\nlinje", "tab\tog\nlinje")]
    public void Refused_characters_are_replaced_and_the_rest_kept(string text, string expected)
    {
        Assert.Equal(expected, Printable.Replaced(text));
        Assert.Equal(-1, Printable.FirstRefused(Printable.Replaced(text)));
    }

    /// <summary>Built in code: a lone surrogate does not survive an attribute's UTF-8.</summary>
    [Fact]
    public void Half_a_surrogate_pair_is_replaced_and_a_whole_one_kept()
    {
        var text = "halv " + '\uD800' + " og hel \uD83D\uDE00";
        Assert.Equal(5, Printable.FirstRefused(text));
        Assert.Equal("halv \uFFFD og hel \uD83D\uDE00", Printable.Replaced(text));
    }
}
