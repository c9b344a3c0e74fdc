using System.Collections;
using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Markdown;

/// <summary>
/// A preview session's Markdown from its previous step: a text of a file that is unchanged (the same object, which a
/// session binds once per file) whose site links still exist is not rendered again. A text with an error is always
/// rendered again, since its message names the addresses that exist.
/// </summary>
public sealed class RenderedMarkdown
{
    private Dictionary<MarkdownText, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<string> _urls = new HashSet<string>();

    /// <summary>Renders each text into <paramref name="html"/> at its index, or takes it from the last step, and keeps what this step used for the next.</summary>
    internal void RenderAll(MarkdownRenderer renderer, IReadOnlyList<(MarkdownText Text, int Level)> texts, string[] html, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        // The links of a kept text were found among the last step's addresses; while the site has the same ones, they
        // need not be looked up again (at 10,000 subprojects, a third of the time of taking every text from the last step).
        // The session hands over the very same set while they are the same (IncrementalBuild.KnownUrls).
        var sameUrls = ReferenceEquals(knownUrls, _urls);
        var used = new Entry?[texts.Count];
        Parallel.For(0, texts.Count, i => (html[i], used[i]) = Render(renderer, texts[i].Text, texts[i].Level, sameUrls, knownUrls, diagnostics));
        var next = new Dictionary<MarkdownText, Entry>(texts.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < texts.Count; i++)
        {
            if (used[i] is { } entry)
            {
                next[texts[i].Text] = entry;
            }
        }

        (_entries, _urls) = (next, knownUrls);
    }

    /// <summary>The text's HTML, and what to keep of it for the next step (nothing for a text with a problem).</summary>
    private (string Html, Entry? Keep) Render(MarkdownRenderer renderer, MarkdownText text, int level, bool sameUrls, IReadOnlySet<string> knownUrls, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(text, out var entry) || entry.Level != level || !sameUrls && !entry.Links.All(knownUrls.Contains))
        {
            var problems = new DiagnosticBag();
            var links = new LinkLookups(knownUrls);
            entry = new Entry(level, renderer.Render(text, level, links, problems), problems, [.. links.Found]);
            diagnostics.AddRange(problems);
            return (entry.Html, !problems.HasErrors && !links.Listed ? entry : null);
        }

        diagnostics.AddRange(entry.Problems);
        return (entry.Html, entry);
    }

    private sealed record Entry(int Level, string Html, DiagnosticBag Problems, IReadOnlyList<string> Links);

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
