using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>One commit as a page's history lists it.</summary>
public sealed record HistoryEntry(PartialDate Date, string Subject);

/// <summary>
/// What a page shows of its history: the day of the newest commit that touched one of its source files, and the
/// newest commits, newest first; <paramref name="Total"/> counts them all when the list is cut short.
/// </summary>
public sealed record PageHistory(PartialDate LastChanged, ImmutableArray<HistoryEntry> Entries, int Total)
{
    public bool IsCut => Total > Entries.Length;

    /// <summary>The line saying how many of the changes the list shows, when it does not show them all.</summary>
    public Shaping.Block? CutNote => IsCut ? new("partials/history-cut.sbn") : null;

    /// <summary>The site-wide list of changes, which every page's history links to.</summary>
    public string AllChanges => SiteUrls.Changes;
}

/// <summary>A subproject's status and health as a commit left them, where that commit changed one of them.</summary>
public sealed record StatusPoint(PartialDate Date, SubprojectStatus Status, Health? Health, string Subject);

/// <summary>One commit in the site-wide list of recent changes, with the addresses of the pages it touched (none when it only removed files).</summary>
public sealed record RecentChange(string Id, DateTimeOffset Time, PartialDate Date, string Subject, ImmutableArray<string> PageUrls)
{
    /// <summary>Its id on the list of changes and in the feed: the short commit hash, the same in every build.</summary>
    public string Anchor => "endring-" + Id[..Math.Min(12, Id.Length)];
}

/// <summary>The content's history from git, shaped for the pages that show it; empty where a page has none.</summary>
public sealed record SiteHistory(
    ImmutableDictionary<string, PageHistory> Pages,
    ImmutableDictionary<string, ImmutableArray<StatusPoint>> Statuses,
    ImmutableArray<RecentChange> Recent)
{
    public PageHistory? Of(string url) => Pages.GetValueOrDefault(url);

    public ImmutableArray<StatusPoint> StatusOf(string slug) => Statuses.GetValueOrDefault(slug, []);
}
