using System.Text.RegularExpressions;

namespace SiteGen.Validation;

/// <summary>Orders ids as people read them: R2 before R10.</summary>
public sealed partial class NaturalIdComparer : IComparer<string>
{
    public static readonly NaturalIdComparer Instance = new();

    [GeneratedRegex(@"^(?<prefix>[^0-9]*)(?<number>[0-9]+)")]
    private static partial Regex Numbered();

    public int Compare(string? x, string? y)
    {
        var a = Numbered().Match(x ?? "");
        var b = Numbered().Match(y ?? "");
        if (a.Success && b.Success && a.Groups["prefix"].Value == b.Groups["prefix"].Value)
        {
            // As digit strings, so that no length of number can overflow: fewer significant digits is smaller.
            var (m, n) = (a.Groups["number"].Value.TrimStart('0'), b.Groups["number"].Value.TrimStart('0'));
            var byNumber = m.Length != n.Length ? m.Length.CompareTo(n.Length) : string.CompareOrdinal(m, n);
            if (byNumber != 0)
            {
                return byNumber;
            }
        }

        return string.CompareOrdinal(x, y);
    }
}
