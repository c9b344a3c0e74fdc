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

    public bool IsHome => Url == SiteUrls.Home;

    /// <summary>"/" → index.html, "/a/b/" → a/b/index.html, "/404.html" → 404.html.</summary>
    public string OutputPath => Url.EndsWith('/') ? Url.TrimStart('/') + "index.html" : Url.TrimStart('/');
}
