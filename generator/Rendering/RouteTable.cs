using SiteGen.Emit;
using SiteGen.History;
using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Rendering;

/// <summary>
/// A section's page with the pages its long lists get of their own: a preview session's of the last step while what
/// they are shaped from (<paramref name="inputs"/>) is the same, else made by <paramref name="shape"/>.
/// </summary>
public delegate (PageModel Page, IReadOnlyList<ListRoute> Lists) ListKeeper(string url, Func<SectionInputs> inputs, Func<(PageModel Page, IReadOnlyList<ListRoute> Lists)> shape);

/// <summary>What a preview session keeps of the last step's routes (<c>IncrementalBuild.KeptRoutes</c>).</summary>
/// <param name="Record">
/// The page of a subproject or an update by its address: the route of the last step when nothing it shows changed,
/// else the one made by the function given.
/// </param>
/// <param name="Others">
/// The routes of the last step, when every page but those of subprojects and updates is known to be as it was (the
/// model is the same, as after a body edit): they are taken as they are, and only the pages of subprojects and
/// updates are asked of <paramref name="Record"/>. Shaping the lists of 10,000 subprojects was a fifth of such a step.
/// </param>
/// <param name="Lists">The sections shaped from every subproject (their lists, goals, sources) when the other pages are made anew.</param>
public sealed record KeptRoutes(Func<string, Func<Route>, Route> Record, IReadOnlyList<Route>? Others, ListKeeper Lists);

/// <summary>
/// The routing stage: every page of the site map with its address, template and page model, decided once before
/// any Markdown is rendered. The main menu is made from the same list, so it names exactly the sections that exist.
/// </summary>
public static class RouteTable
{
    /// <param name="baseUrl">The published address, without a trailing slash: each page's canonical link.</param>
    /// <param name="history">The content's history from git, if known: each page's own, subprojects' status over time, and the list of changes.</param>
    /// <param name="kept">What a preview session keeps of the last step; null: all made anew.</param>
    public static IReadOnlyList<Route> Build(SiteModel site, UiStrings strings, IReadOnlyList<OpenDataTable> openData, string baseUrl, SiteHistory? history = null, KeptRoutes? kept = null)
    {
        var keep = kept?.Record ?? ((_, make) => make());
        var index = new SiteIndex(site);
        var items = new ItemFactory(index, site.AsOf, site.RiskRegister);
        var sources = new SourceIndex(site, strings.Text("sources_measures_use"), strings.Text("risks_title"));
        var shaper = new PageShaper(site, index, sources, items, strings);
        var subprojectShaper = new SubprojectPageShaper(index, sources, items, strings, shaper.Timeline, site.AsOf);

        var home = new Crumb(strings.Text("home"), SiteUrls.Home);
        Route DecoratedWith(IEnumerable<(string Title, string Url)> menu, Route r) => r with
        {
            Menu = MenuFor(r.Url, menu),
            Description = r.Summary ?? site.Programme.Summary,
            Canonical = r.Url == SiteUrls.NotFound ? null : baseUrl + r.Url,
            History = history?.Of(r.Url),
            HeadTitle = string.Join(" – ", [.. r.IsHome ? [] : new[] { r.Title }, site.Programme.Name, site.Programme.Organisation]),
        };

        // The pages of subprojects and updates, decorated (or kept) as they are made.
        List<Route> Records(Func<Route, Route> decorate)
        {
            var subprojectsCrumb = new Crumb(strings.Text("subprojects_title"), SiteUrls.Subprojects);
            // Each subproject page is shaped from read-only indexes, so they are shaped on every core.
            var records = site.Subprojects.AsParallel().AsOrdered().Select(subproject => keep(SiteUrls.Subproject(subproject.Slug), () =>
            {
                var parent = index.ParentOf(subproject);
                IReadOnlyList<Crumb> crumbs = parent is null ? [home, subprojectsCrumb] : [home, subprojectsCrumb, new Crumb(parent.Title, SiteUrls.Subproject(parent.Slug))];
                return decorate(new Route(SiteUrls.Subproject(subproject.Slug), "subproject.sbn", subproject.Title, subproject.Summary, crumbs, subprojectShaper.Shape(subproject) with { StatusHistory = history?.StatusOf(subproject.Slug) ?? [] }));
            })).ToList();

            var updatesCrumb = new Crumb(strings.Text("updates_title"), SiteUrls.Updates);
            records.AddRange(site.Updates.Select(u => keep(SiteUrls.Update(u.Slug), () => decorate(new Route(SiteUrls.Update(u.Slug), "update.sbn", u.Title, u.Summary, [home, updatesCrumb], shaper.Update(u))))));
            return records;
        }

        if (kept?.Others is { } others)
        {
            var menuOfOthers = others[0].Menu.Select(m => (m.Title, m.Url)).ToList();
            return [.. others.TakeWhile(r => !IsRecord(r)), .. Records(r => DecoratedWith(menuOfOthers, r)), .. others.SkipWhile(r => !IsRecord(r)).SkipWhile(IsRecord)];
        }

        Route Section(string url, string template, string titleKey, PageModel data) => new(url, template, strings.Text(titleKey), null, [home], data);

        // The sections shaped from every subproject read the same read-only indexes and not each other, so they are
        // shaped at the same time, on every core: one after the other they were most of the routes of a renamed subproject.
        var shaping = new Dictionary<string, Task<(PageModel Page, IReadOnlyList<ListRoute> Lists)>>(StringComparer.Ordinal);
        void Shape(string url, Func<SectionInputs> inputs, Func<(PageModel Page, IReadOnlyList<ListRoute> Lists)> shape) =>
            shaping[url] = Task.Run(() => kept is null ? shape() : kept.Lists(url, inputs, shape));

        Shape(SiteUrls.Subprojects, shaper.SubprojectsInputs, () => shaper.Subprojects());
        Shape(SiteUrls.Milestones, shaper.MilestonesInputs, () => shaper.Milestones());
        Shape(SiteUrls.Goals, shaper.GoalsInputs, () => shaper.Goals());
        if (site.Programme.Sources.Length > 0)
        {
            Shape(SiteUrls.Sources, shaper.SourcesInputs, () => (shaper.Sources(), []));
        }

        // The pages long lists get of their own, each under its section in the breadcrumbs, in the order of the sections.
        var lists = new List<Route>();
        PageModel WithLists(string url, string titleKey)
        {
            var shaped = shaping[url].GetAwaiter().GetResult();
            var crumbs = new[] { home, new Crumb(strings.Text(titleKey), url) };
            lists.AddRange(shaped.Lists.Select(l => new Route(l.Url, l.Template, l.Title, null, crumbs, l.Model)));
            return shaped.Page;
        }

        var updates = shaper.Updates();
        var updatesCrumbs = new[] { home, new Crumb(strings.Text("updates_title"), SiteUrls.Updates) };
        lists.AddRange(updates.Skip(1).Select(part =>
            new Route(part.Pager.Urls[part.Pager.Number - 1], "updates.sbn", shaper.Numbered(strings.Text("updates_title"), part.Pager), null, updatesCrumbs, new UpdatesPage(part.Items, part.Pager))));

        // Sections in menu order; each names its menu entry (null: not in the menu).
        List<(Route Route, string? MenuTitle)> sections =
        [
            (new Route(SiteUrls.Home, "home.sbn", site.Programme.Name, site.Programme.Summary, [], shaper.Home()), strings.Text("nav.home")),
            (Section(SiteUrls.Subprojects, "subprojects.sbn", "subprojects_title", WithLists(SiteUrls.Subprojects, "subprojects_title")), strings.Text("nav.subprojects")),
            (Section(SiteUrls.Milestones, "milestones.sbn", "milestones_title", WithLists(SiteUrls.Milestones, "milestones_title")), strings.Text("nav.milestones")),
            (Section(SiteUrls.Goals, "goals.sbn", "goals_title", WithLists(SiteUrls.Goals, "goals_title")), strings.Text("nav.goals")),
        ];
        if (site.Risks.Length > 0)
        {
            sections.Add((Section(SiteUrls.Risks, "risks.sbn", "risks_title", shaper.Risks()), strings.Text("nav.risks")));
        }

        sections.Add((Section(SiteUrls.Communication, "communication.sbn", "communication_title", shaper.Communication()), strings.Text("nav.communication")));
        sections.Add((Section(SiteUrls.Updates, "updates.sbn", "updates_title", new UpdatesPage(updates[0].Items, updates[0].Pager)), strings.Text("nav.updates")));
        sections.AddRange(site.Pages.Select(p => (FreePage(p, home, shaper), p.Menu ? p.Title : null)));
        sections.Add((Section(SiteUrls.Data, "data.sbn", "data_title", PageShaper.Data(openData, strings)), null));
        if (site.Programme.Sources.Length > 0)
        {
            sections.Add((Section(SiteUrls.Sources, "sources.sbn", "sources_title", WithLists(SiteUrls.Sources, "sources_title")), null));
        }

        if (site.Glossary.Length > 0)
        {
            sections.Add((Section(SiteUrls.Glossary, "glossary.sbn", "glossary_title", new GlossaryPage([.. site.Glossary.Select(g => new GlossaryEntry(g))])), null));
        }

        sections.Add((new Route(SiteUrls.NotFound, "404.sbn", strings.Text("not_found_title"), null, [home], new NotFoundPage()), null));

        List<(string Title, string Url)> menu = [.. sections.Where(s => s.MenuTitle is not null).Select(s => (s.MenuTitle!, s.Route.Url)), (strings.Text("nav.search"), SiteUrls.Search)];
        Route Decorated(Route r) => DecoratedWith(menu, r);

        // The pages of subprojects and updates come decorated from here (or kept), the others are decorated at the end.
        var routes = sections.Select(s => s.Route).Concat(lists).ToList();
        var decorated = routes.Count;
        routes.AddRange(Records(Decorated));
        var afterRecords = routes.Count;

        var communicationCrumb = new Crumb(strings.Text("communication_title"), SiteUrls.Communication);
        routes.AddRange(shaper.Audiences.Select(a =>
            new Route(SiteUrls.Audience(a), "audience.sbn", strings.Format("audience_title", strings.Label(a)), null, [home, communicationCrumb], shaper.Audience(a))));

        if (history is not null)
        {
            routes.Add(Section(SiteUrls.Changes, "changes.sbn", "changes_title", Changes(history, routes)));
        }

        // The search page lists every other page, so it is routed last; it is the menu's last entry.
        var search = PageShaper.Search([.. routes.Where(r => r.Url != SiteUrls.NotFound).Select(r => new PageLink(r.Url, r.Title, r.Summary))], sections.Count - 1);
        routes.Add(Section(SiteUrls.Search, "search.sbn", "search_title", search) with { SearchField = false });

        return [.. routes.Select((r, i) => i >= decorated && i < afterRecords ? r : Decorated(r))];
    }

    /// <summary>Whether the route is the page of a subproject or an update, which a preview session may keep one by one.</summary>
    public static bool IsRecord(Route route) => route.Data is SubprojectPage or UpdatePage;

    /// <summary>The list of changes, each linked to the pages it touched that the site has.</summary>
    private static ChangesPage Changes(SiteHistory history, IReadOnlyList<Route> routes)
    {
        var titles = routes.ToDictionary(r => r.Url, r => r.Title, StringComparer.Ordinal);
        return new ChangesPage(
        [
            .. history.Recent.Select(c => new ChangeItem(c.Date, c.Subject, c.Anchor,
                [.. c.PageUrls.Where(titles.ContainsKey).Select(url => new PageLink(url, titles[url], null))])),
        ]);
    }

    private static Route FreePage(Page page, Crumb home, PageShaper shaper) => new(SiteUrls.Page(page.Slug), "page.sbn", page.Title, page.Summary, [home], shaper.Free(page));

    private static List<MenuLink> MenuFor(string url, IEnumerable<(string Title, string Url)> menu) =>
    [
        .. menu.Select(item => new MenuLink(item.Title, item.Url,
            url == item.Url ? "page" : item.Url != SiteUrls.Home && url.StartsWith(item.Url, StringComparison.Ordinal) ? "true" : null)),
    ];
}
