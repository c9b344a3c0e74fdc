using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>
/// What every page's layout shows around its content (templates see it as <c>site</c>): the programme's name,
/// the footer's contact and pages, and when the programme last told something new.
/// </summary>
public sealed record SiteChrome(Programme Programme, Contact? Contact, string? PhoneUrl, IReadOnlyList<PageLink> FooterPages, PartialDate LastUpdated)
{
    public static SiteChrome Of(SiteModel model)
    {
        var contact = model.Programme.Contact;
        var hasContact = contact is not null && (contact.Name ?? contact.Email ?? contact.Phone ?? contact.Url) is not null;
        return new SiteChrome(
            model.Programme,
            hasContact ? contact : null,
            contact?.Phone is null ? null : "tel:" + contact.Phone.Replace(" ", "", StringComparison.Ordinal),
            [.. model.Pages.Select(p => new PageLink(SiteUrls.Page(p.Slug), p.Title, p.Summary))],
            LastUpdatedOf(model))
        {
            HasGlossary = model.Glossary.Length > 0,
        };
    }

    /// <summary>The footer links to /ordliste/ when the programme has a glossary.</summary>
    public bool HasGlossary { get; init; }

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

/// <summary>The site's fixed addresses, from <see cref="SiteUrls"/>, so no template writes a path itself (templates see it as <c>links</c>).</summary>
public sealed record SiteLinks(
    string Home, string Subprojects, string Milestones, string Goals, string Risks, string Communication, string Updates,
    string Search, string Data, string Sources, string Stylesheet, string Script, string UpdatesFeed, string MilestonesCalendar, string ProgrammeJson)
{
    public static SiteLinks Instance { get; } = new(
        SiteUrls.Home, SiteUrls.Subprojects, SiteUrls.Milestones, SiteUrls.Goals, SiteUrls.Risks, SiteUrls.Communication, SiteUrls.Updates,
        SiteUrls.Search, SiteUrls.Data, SiteUrls.Sources, SiteUrls.Stylesheet, SiteUrls.Script, SiteUrls.UpdatesFeed, SiteUrls.MilestonesCalendar,
        "/" + Emit.ProgrammeJsonEmitter.Path);

    public string Glossary => SiteUrls.Glossary;

    public string Favicon => SiteUrls.Assets + "favicon.svg";
}
