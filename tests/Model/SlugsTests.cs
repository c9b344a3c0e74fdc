using SiteGen.Model;

namespace SiteGen.Tests.Model;

/// <summary>A slug suggested in an error message, or made of a milestone's title for its calendar UID, must be a valid slug that still reads as the text.</summary>
public class SlugsTests
{
    [Theory]
    [InlineData("Første rapport", "forste-rapport")]
    [InlineData("ÆRLIG Sjø-Åpning", "aerlig-sjo-apning")]
    [InlineData("  --Café: ü/ö/ä (2024)!-- ", "cafe-u-o-a-2024")]
    [InlineData("a🙂b", "a-b")]
    [InlineData("Rapportering av framdrift", "rapportering-av-framdrift")]
    public void A_text_becomes_lower_case_ascii_with_single_hyphens_between_its_words(string text, string slug)
    {
        Assert.Equal(slug, Slugs.From(text));
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--- !!! ---")]
    public void A_text_without_letters_or_digits_becomes_empty(string text) => Assert.Equal("", Slugs.From(text));
}
