using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>A source as cited in one place: the document and the pages that place uses.</summary>
public sealed record CitedSource(ProgrammeSource Source, string? Pages)
{
    /// <summary>The source's entry on /kilder/.</summary>
    public string Url => SiteUrls.Source(Source.Id);
}

/// <summary>One thing on the site that is written from a source, with where it is and which pages it uses.</summary>
public sealed record SourceUse(string Title, string Url, string? Pages);

/// <summary>A source document and everything on the site that is built from it: what /kilder/ lists.</summary>
public sealed record SourceEntry(ProgrammeSource Source, IReadOnlyList<SourceUse> Uses);

/// <summary>Resolves source ids to the documents of programme.yml, and lists for each document what cites it.</summary>
public sealed class SourceIndex
{
    private readonly Dictionary<string, ProgrammeSource> _byId;
    private readonly Lazy<IReadOnlyList<SourceEntry>> _entries;

    public SourceIndex(SiteModel model, string measuresTitle, string risksTitle)
    {
        _byId = model.Programme.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // Listed when /kilder/ is shaped, which a preview step that keeps the other pages does not do.
        _entries = new(() => EntriesOf(model, measuresTitle, risksTitle));
    }

    /// <summary>Every source of programme.yml in its order there, each with what is built from it.</summary>
    public IReadOnlyList<SourceEntry> Entries => _entries.Value;

    private static IReadOnlyList<SourceEntry> EntriesOf(SiteModel model, string measuresTitle, string risksTitle)
    {
        var uses = new List<(SourceCitation Citation, SourceUse Use)>();
        void Add(IEnumerable<SourceCitation> citations, string title, string url) =>
            uses.AddRange(citations.Select(c => (c, new SourceUse(title, url, c.Pages))));

        foreach (var subproject in model.Subprojects)
        {
            var url = SiteUrls.Subproject(subproject.Slug);
            Add(subproject.Sources, subproject.Title, url);
            Add(Distinct(subproject.Measures.Select(m => m.Sources)), $"{measuresTitle}: {subproject.Title}", url + "#s-tiltak");
        }

        foreach (var update in model.Updates)
        {
            Add(update.Sources, update.Title, SiteUrls.Update(update.Slug));
        }

        Add(Distinct(model.Risks.Select(r => r.Sources)), risksTitle, SiteUrls.Risks);

        foreach (var page in model.Pages)
        {
            Add(page.Sources, page.Title, SiteUrls.Page(page.Slug));
        }

        var bySource = uses.ToLookup(u => u.Citation.Id, u => u.Use, StringComparer.Ordinal);
        return [.. model.Programme.Sources.Select(s => new SourceEntry(s, [.. bySource[s.Id]]))];
    }

    /// <summary>The documents behind one item, in the order it names them; ids are checked in validation, so all resolve.</summary>
    public IReadOnlyList<CitedSource> Cite(IEnumerable<SourceCitation> citations) =>
        [.. citations.Where(c => _byId.ContainsKey(c.Id)).Select(c => new CitedSource(_byId[c.Id], c.Pages))];

    /// <summary>The citations of several items (a list of measures, the risk register) once each, in first-seen order.</summary>
    public static IReadOnlyList<SourceCitation> Distinct(IEnumerable<ImmutableArray<SourceCitation>> citations) =>
        [.. citations.SelectMany(c => c).Distinct()];
}
