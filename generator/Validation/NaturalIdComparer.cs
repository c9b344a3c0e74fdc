using System.Text.RegularExpressions;

namespace SiteGen.Validation;

/// <summary>Orders ids as people read them: R2 before R10.</summary>
public sealed partial class NaturalIdComparer : IComparer<string>
{
    public static readonly NaturalIdComparer Instance = new();

    [GeneratedRegex(@"^(?<prefix>\D*)(?<number>\d+)")]
    private static partial Regex Numbered();

    public int Compare(string? x, string? y)
    {
        var a = Numbered().Match(x ?? "");
        var b = Numbered().Match(y ?? "");
        if (a.Success && b.Success && a.Groups["prefix"].Value == b.Groups["prefix"].Value)
        {
            var byNumber = long.Parse(a.Groups["number"].Value).CompareTo(long.Parse(b.Groups["number"].Value));
            if (byNumber != 0)
            {
                return byNumber;
            }
        }

        return string.CompareOrdinal(x, y);
    }
}
