namespace SiteGen.Rendering;

public sealed record Crumb(string Title, string Url);

/// <summary>One page of the site: its address, the template that draws it and what the template is given.</summary>
public sealed record Route(string Url, string Template, string Title, string? Summary, IReadOnlyList<Crumb> Breadcrumbs, object? Data)
{
    /// <summary>"/" → index.html, "/a/b/" → a/b/index.html, "/404.html" → 404.html.</summary>
    public string OutputPath => Url.EndsWith('/') ? Url.TrimStart('/') + "index.html" : Url.TrimStart('/');
}
