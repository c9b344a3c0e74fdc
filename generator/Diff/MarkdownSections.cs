namespace SiteGen.Diff;

/// <summary>Which parts of a Markdown text changed, named by their headings, so a reviewer knows where to read.</summary>
public static class MarkdownSections
{
    /// <summary>The headings whose section differs (added, removed or edited); the text before the first heading is <paramref name="intro"/>.</summary>
    public static IReadOnlyList<string> Touched(string? before, string? after, string intro)
    {
        var old = Split(before, intro);
        var @new = Split(after, intro);
        return [.. old.Keys.Union(@new.Keys).Where(k => old.GetValueOrDefault(k) != @new.GetValueOrDefault(k)).Select(k => k.Heading).Distinct()];
    }

    /// <summary>Sections by heading and by how many times that heading came before, in order.</summary>
    private static Dictionary<(string Heading, int Occurrence), string> Split(string? text, string intro)
    {
        var sections = new Dictionary<(string, int), string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sections;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var heading = intro;
        var body = new List<string>();
        var fenced = false;
        void Flush()
        {
            var content = string.Join('\n', body).Trim();
            if (content.Length > 0 || heading != intro)
            {
                var occurrence = seen[heading] = seen.GetValueOrDefault(heading) + 1;
                sections[(heading, occurrence)] = content;
            }

            body.Clear();
        }

        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            fenced ^= trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
            var level = trimmed.TakeWhile(c => c == '#').Count();
            if (!fenced && level is >= 1 and <= 6 && trimmed.Length > level && trimmed[level] == ' ')
            {
                Flush();
                heading = trimmed[level..].Trim().TrimEnd('#').Trim();
                continue;
            }

            body.Add(line.TrimEnd());
        }

        Flush();
        return sections;
    }
}
