using System.Text;

namespace SiteGen.History;

/// <summary>
/// A few top-level fields of an old version of a Markdown file, read from its front matter line by line without
/// loading the YAML: status over time needs only <c>status</c> and <c>health</c> of every version of every
/// subproject, and at 10,000 files loading each version whole was most of the build. Only plain or quoted
/// one-line values at the start of a line are read; anything else (a block, a list, no front matter) reads as
/// absent, and status over time then shows nothing for that version rather than a guess.
/// </summary>
public static class TopLevelScalars
{
    public static IReadOnlyDictionary<string, string> Read(byte[] bytes, IReadOnlySet<string> keys)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return found;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l.TrimEnd() is not ("---" or "...")))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && keys.Contains(line[..colon]) && ValueOf(line[(colon + 1)..]) is { } value)
            {
                found[line[..colon]] = value;
            }
        }

        return found;
    }

    /// <summary>"active", "'active'", "\"active\"" or "active  # a comment" → active; an empty value or the start of a block → null.</summary>
    private static string? ValueOf(string raw)
    {
        var value = raw.Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value.IndexOf(value[0], 1) is var close and > 0)
        {
            return value[1..close];
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        value = (comment >= 0 ? value[..comment] : value).Trim();
        return value.Length == 0 || value[0] is '|' or '>' or '[' or '{' or '#' ? null : value;
    }
}
