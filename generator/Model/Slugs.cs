using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Model;

/// <summary>Slugs are lower-case a–z, 0–9 and single hyphens; Norwegian letters are transliterated.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Valid();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<rest>.+)$")]
    private static partial Regex Dated();

    public static bool IsValid(string slug) => Valid().IsMatch(slug);

    /// <summary>The <c>yyyy-mm-dd</c> prefix of a dated file name such as <c>2024-03-18-forste-rapport</c>.</summary>
    public static string? DatePrefix(string slug)
    {
        var match = Dated().Match(slug);
        return match.Success ? match.Groups["date"].Value : null;
    }

    /// <summary>What a title or a faulty slug becomes as a slug: "Første rapport" → "forste-rapport".</summary>
    /// <remarks>One character at a time, with no string between: calendars make a slug of every milestone's title.</remarks>
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text)
        {
            var part = char.ToLowerInvariant(c) switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                'é' or 'è' or 'ê' => "e",
                'ü' => "u",
                'ö' => "o",
                'ä' => "a",
                var l and (>= 'a' and <= 'z' or >= '0' and <= '9') => l.ToString(),
                _ => "-",
            };
            if (part == "-")
            {
                // Runs of hyphens become one, and none is left at either end.
                hyphen = slug.Length > 0;
                continue;
            }

            if (hyphen)
            {
                slug.Append('-');
                hyphen = false;
            }

            slug.Append(part);
        }

        return slug.ToString();
    }
}
