using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Shaping;

/// <summary>
/// What every page's layout shows around its content (templates see it as <c>site</c>): the programme's name,
/// the footer's contact and links, and when the programme last told something new.
/// </summary>
public sealed record SiteChrome(Programme Programme, FooterContact? Contact, IReadOnlyList<PageLink> FooterLinks, PartialDate LastUpdated)
{
    /// <summary>The organisation's name in the header: a link to its own site when the programme gives one.</summary>
    public Block Organisation => Block.First("layout", (Programme.OrganisationUrl is not null, "organisation-link"), (true, "organisation"));

    public static SiteChrome Of(SiteModel model, UiStrings strings)
    {
        var programme = model.Programme;
        return new SiteChrome(
            programme,
            ContactOf(programme, strings),
            [
                .. model.Pages.Select(p => new PageLink(SiteUrls.Page(p.Slug), p.Title, p.Summary)),
                new PageLink(SiteUrls.Data, strings.Text("layout.data_link"), null),
                .. programme.Sources.Length > 0 ? [new PageLink(SiteUrls.Sources, strings.Text("layout.sources_link"), null)] : Array.Empty<PageLink>(),
                .. model.Glossary.Length > 0 ? [new PageLink(SiteUrls.Glossary, strings.Text("layout.glossary_link"), null)] : Array.Empty<PageLink>(),
                new PageLink(SiteUrls.UpdatesFeed, strings.Text("layout.feed_link"), null),
                new PageLink(SiteUrls.Search, strings.Text("layout.search_link"), null),
            ],
            LastUpdatedOf(model));
    }

    /// <summary>The contact the programme gives, else a link to the organisation's own site, else none.</summary>
    private static FooterContact? ContactOf(Programme programme, UiStrings strings)
    {
        var contact = programme.Contact;
        List<ContactLine?> lines = contact is null ? [] :
        [
            contact.Name is { } name ? new ContactLine(null, name, null) : null,
            contact.Email is { } email ? new ContactLine(strings.Text("layout.email"), email, "mailto:" + email) : null,
            contact.Phone is { } phone ? new ContactLine(strings.Text("layout.phone"), phone, "tel:" + phone.Replace(" ", "", StringComparison.Ordinal)) : null,
            contact.Url is { } url ? new ContactLine(null, url, url) : null,
        ];
        return lines.OfType<ContactLine>().ToList() switch
        {
            { Count: > 0 } given => new ContactList(given),
            _ when programme.OrganisationUrl is { } site => new OrganisationSite(site, strings.Format("layout.organisation_site", programme.Organisation)),
            _ => null,
        };
    }

    /// <summary>
    /// When the programme last told something new: the newest update or published message up to the as-of date.
    /// Shown as "Sist oppdatert" so readers see how fresh the information is, not when the site was built.
    /// </summary>
    private static PartialDate LastUpdatedOf(SiteModel model)
    {
        var asOf = PartialDate.OfDay(model.AsOf);
        return model.Updates.Select(u => u.Date)
            .Concat(model.Messages.Where(m => m.Status == MessageStatus.Published).Select(m => m.Date))
            .Where(d => d.Start <= model.AsOf)
            .DefaultIfEmpty(asOf)
            .Max()!;
    }
}

/// <summary>How the footer tells readers whom to contact, drawn by the partial of its kind.</summary>
public abstract record FooterContact(string Partial) : IPartialView;

/// <summary>The contact lines the programme gives; Label is what comes before a line ("E-post"), Url where it links.</summary>
public sealed record ContactList(IReadOnlyList<ContactLine> Lines) : FooterContact("partials/footer/contact-list.sbn");

public sealed record ContactLine(string? Label, string Text, string? Url);

/// <summary>Without a contact: the organisation's own site, where readers find one.</summary>
public sealed record OrganisationSite(string Url, string Text) : FooterContact("partials/footer/organisation.sbn");

/// <summary>The site's fixed addresses, from <see cref="SiteUrls"/>, so no template writes a path itself (templates see it as <c>links</c>).</summary>
public sealed record SiteLinks(
    string Home, string Subprojects, string Milestones, string Goals, string Risks, string Communication, string Updates,
    string Search, string Data, string Sources, string Stylesheet, string Script, string UpdatesFeed, string MilestonesCalendar, string ProgrammeJson)
{
    public static SiteLinks Instance { get; } = new(
        SiteUrls.Home, SiteUrls.Subprojects, SiteUrls.Milestones, SiteUrls.Goals, SiteUrls.Risks, SiteUrls.Communication, SiteUrls.Updates,
        SiteUrls.Search, SiteUrls.Data, SiteUrls.Sources, SiteUrls.Stylesheet, SiteUrls.Script, SiteUrls.UpdatesFeed, SiteUrls.MilestonesCalendar,
        "/" + Emit.ProgrammeJsonEmitter.Path);

    public string Favicon => SiteUrls.Assets + "favicon.svg";
}
