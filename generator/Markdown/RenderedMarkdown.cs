using System.Collections;
using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Markdown;

/// <summary>
/// A preview session's Markdown from its previous step, by where each text starts and its heading level: a text
/// whose source is unchanged, and whose site links still exist, is not rendered again. A text with an error is
/// always rendered again, since its message names the addresses that exist.
/// </summary>
public sealed class RenderedMarkdown
{
    private ConcurrentDictionary<(SourceSpan Origin, int Level), Entry> _entries = new();
    private ConcurrentDictionary<(SourceSpan Origin, int Level), Entry> _used = new();

    internal string Render(MarkdownRenderer renderer, MarkdownText text, int level, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        var key = (text.Origin, level);
        if (!_entries.TryGetValue(key, out var entry) || !string.Equals(entry.Source, text.Source, StringComparison.Ordinal) || !entry.Links.All(knownUrls.Contains))
        {
            var problems = new DiagnosticBag();
            var links = new LinkLookups(knownUrls);
            entry = new Entry(text.Source, renderer.Render(text, level, links, problems), problems, [.. links.Found]);
            if (!problems.HasErrors && !links.Listed)
            {
                _used[key] = entry;
            }

            diagnostics.AddRange(problems);
            return entry.Html;
        }

        _used[key] = entry;
        diagnostics.AddRange(entry.Problems);
        return entry.Html;
    }

    /// <summary>Keeps what this step used, for the next one.</summary>
    internal void Finish()
    {
        _entries = _used;
        _used = new();
    }

    private sealed record Entry(string Source, string Html, DiagnosticBag Problems, IReadOnlyList<string> Links);

    /// <summary>The site's addresses as one text sees them: records what it looked up, and whether it listed them all (to suggest one).</summary>
    private sealed class LinkLookups(IReadOnlySet<string> urls) : IReadOnlySet<string>
    {
        public ConcurrentBag<string> Found { get; } = [];

        public bool Listed { get; private set; }

        public int Count => urls.Count;

        public bool Contains(string item)
        {
            var found = urls.Contains(item);
            if (found)
            {
                Found.Add(item);
            }
            else
            {
                Listed = true; // the text has a broken link: an error, never reused
            }

            return found;
        }

        public IEnumerator<string> GetEnumerator()
        {
            Listed = true;
            return urls.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool IsProperSubsetOf(IEnumerable<string> other) => Listing().IsProperSubsetOf(other);

        public bool IsProperSupersetOf(IEnumerable<string> other) => Listing().IsProperSupersetOf(other);

        public bool IsSubsetOf(IEnumerable<string> other) => Listing().IsSubsetOf(other);

        public bool IsSupersetOf(IEnumerable<string> other) => Listing().IsSupersetOf(other);

        public bool Overlaps(IEnumerable<string> other) => Listing().Overlaps(other);

        public bool SetEquals(IEnumerable<string> other) => Listing().SetEquals(other);

        private IReadOnlySet<string> Listing()
        {
            Listed = true;
            return urls;
        }
    }
}
