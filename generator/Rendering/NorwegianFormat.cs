using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>Numbers as Norwegian readers write them: decimal comma, non-breaking space between thousands.</summary>
public static class NorwegianFormat
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00a0",
        NumberGroupSizes = [3],
    };

    public static string Number(decimal value) => value.ToString("#,0.##", Format);

    /// <summary>"120 000 kr", or "200 000–400 000 kr" for a range.</summary>
    public static string Money(Money money) =>
        money.IsRange ? $"{Number(money.Low)}–{Number(money.High)}\u00a0kr" : $"{Number(money.Low)}\u00a0kr";
}
