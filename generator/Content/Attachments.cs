using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// Which files under content/files/ the site may publish as they are, and how large. Only formats a browser shows
/// without running anything from them: an SVG or HTML file opened from the site's own address could run script there.
/// </summary>
public static partial class Attachments
{
    /// <summary>A scanned report can be several megabytes; nothing a programme publishes needs more than this.</summary>
    public const int MaxBytes = 20 << 20;

    public const string Advice = "Bruk små bokstaver a–z, sifre og bindestrek, og en av endelsene .pdf, .png, .jpg eller .webp, for eksempel «statusrapport-2024-03.pdf».";

    public static bool IsValidName(string name) => Name().IsMatch(name);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,79}\.(pdf|png|jpg|jpeg|webp)\z")]
    private static partial Regex Name();
}
