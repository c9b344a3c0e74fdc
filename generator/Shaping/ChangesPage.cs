using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>One commit on the list of changes: its day, its message, its anchor, and the pages it touched.</summary>
public sealed record ChangeItem(PartialDate Date, string Subject, string Anchor, IReadOnlyList<PageLink> Pages)
{
    /// <summary>The line naming the pages the change touched, when the site has any of them.</summary>
    public ItemBlock<IReadOnlyList<PageLink>>? PagesLine => Pages.Count > 0 ? new("partials/changes/pages.sbn", Pages) : null;
}

/// <summary>/endringer/: the recent changes across the programme, newest first, with their Atom feed.</summary>
public sealed record ChangesPage(IReadOnlyList<ChangeItem> Changes) : PageModel
{
    public override string Feed => SiteUrls.ChangesFeed;
}
