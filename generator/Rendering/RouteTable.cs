using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>Every page of the site map, from the model: which template draws it and with what.</summary>
public static class RouteTable
{
    public static IReadOnlyList<Route> Build(SiteModel site, UiStrings strings)
    {
        var home = new Crumb(strings.Text("home"), SiteUrls.Home);
        Route Section(string url, string template, string titleKey) =>
            new(url, template, strings.Text(titleKey), null, [home], null);

        var subprojectsCrumb = new Crumb(strings.Text("subprojects_title"), SiteUrls.Subprojects);
        var updatesCrumb = new Crumb(strings.Text("updates_title"), SiteUrls.Updates);
        var bySlug = site.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);

        var routes = new List<Route>
        {
            new(SiteUrls.Home, "home.sbn", site.Programme.Name, site.Programme.Summary, [], null),
            Section(SiteUrls.Subprojects, "subprojects.sbn", "subprojects_title"),
            Section(SiteUrls.Milestones, "milestones.sbn", "milestones_title"),
            Section(SiteUrls.Goals, "goals.sbn", "goals_title"),
            Section(SiteUrls.Communication, "communication.sbn", "communication_title"),
            Section(SiteUrls.Updates, "updates.sbn", "updates_title"),
            Section(SiteUrls.Search, "search.sbn", "search_title"),
            Section(SiteUrls.Data, "data.sbn", "data_title"),
            new(SiteUrls.NotFound, "404.sbn", strings.Text("not_found_title"), null, [home], null),
        };

        if (site.Risks.Length > 0)
        {
            routes.Add(Section(SiteUrls.Risks, "risks.sbn", "risks_title"));
        }

        foreach (var subproject in site.Subprojects)
        {
            List<Crumb> crumbs = [home, subprojectsCrumb];
            if (subproject.Parent is not null && bySlug.TryGetValue(subproject.Parent, out var parent))
            {
                crumbs.Add(new Crumb(parent.Title, SiteUrls.Subproject(parent.Slug)));
            }

            routes.Add(new Route(SiteUrls.Subproject(subproject.Slug), "subproject.sbn", subproject.Title, subproject.Summary, crumbs, subproject));
        }

        routes.AddRange(site.Updates.Select(u => new Route(SiteUrls.Update(u.Slug), "update.sbn", u.Title, u.Summary, [home, updatesCrumb], u)));
        routes.AddRange(site.Pages.Select(p => new Route(SiteUrls.Page(p.Slug), "page.sbn", p.Title, p.Summary, [home], p)));

        var communicationCrumb = new Crumb(strings.Text("communication_title"), SiteUrls.Communication);
        routes.AddRange(Enum.GetValues<Audience>()
            .Where(a => site.Messages.Any(m => m.Audiences.Contains(a)))
            .Select(a => new Route(AudienceUrl(strings, a), "audience.sbn", strings.Format("audience_title", strings.Label(a)), null, [home, communicationCrumb], a)));
        return routes;
    }

    /// <summary>Audience pages take the Norwegian label as address: /kommunikasjonsplan/politikere/.</summary>
    public static string AudienceUrl(UiStrings strings, Audience audience) => SiteUrls.Audience(Slugs.From(strings.Label(audience)));
}
