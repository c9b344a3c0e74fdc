using SiteGen.History;
using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Rendering;

public sealed record Crumb(string Title, string Url);

/// <summary>An entry of the main menu as one page shows it: Current is "page" on the entry's own page, "true" below it, else null (the aria-current value).</summary>
public sealed record MenuLink(string Title, string Url, string? Current);

/// <summary>One page of the site: its address, the template that draws it and the page model the template is given.</summary>
public sealed record Route(string Url, string Template, string Title, string? Summary, IReadOnlyList<Crumb> Breadcrumbs, PageModel Data)
{
    /// <summary>The main menu with this page's place in it.</summary>
    public IReadOnlyList<MenuLink> Menu { get; init; } = [];

    /// <summary>What search engines and link previews show: the page's own summary, else the programme's.</summary>
    public string Description { get; init; } = "";

    /// <summary>The page's published address, for search engines; none for the 404 page, which has no address of its own.</summary>
    public string? Canonical { get; init; }

    /// <summary>When the page's sources last changed and the commits that changed them; null without history from git.</summary>
    public PageHistory? History { get; init; }

    /// <summary>The browser tab's title: the page's own, then the programme and the organisation (the front page has no own).</summary>
    public string HeadTitle { get; init; } = "";

    /// <summary>Whether the header has the search field; routing turns it off on the search page, which has its own.</summary>
    public bool SearchField { get; init; } = true;

    public bool IsHome => Url == SiteUrls.Home;

    /// <summary>The header's search field, when the page has it.</summary>
    public Block? HeaderSearch => SearchField ? Block.Of("layout", "search") : null;

    /// <summary>The breadcrumb trail on every page but the front page.</summary>
    public Block? BreadcrumbTrail => IsHome ? null : Block.Of("layout", "breadcrumbs");

    /// <summary>"/" → index.html, "/a/b/" → a/b/index.html, "/404.html" → 404.html.</summary>
    public string OutputPath => Url.EndsWith('/') ? Url.TrimStart('/') + "index.html" : Url.TrimStart('/');
}
