namespace SiteGen.Model;

/// <summary>The site map of DESIGN.md: the addresses every programme's site has.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Subprojects = "/delprosjekter/";
    public const string Milestones = "/milepaeler/";
    public const string Goals = "/mal-og-gevinster/";
    public const string Risks = "/risiko/";
    public const string Communication = "/kommunikasjonsplan/";
    public const string Updates = "/oppdateringer/";
    public const string Search = "/sok/";
    public const string Data = "/data/";
    public const string Sources = "/kilder/";
    public const string Glossary = "/ordliste/";
    public const string Assets = "/assets/";
    public const string Stylesheet = Assets + "site.css";
    public const string Script = Assets + "search.js";
    public const string NotFound = "/404.html";
    public const string Changes = "/endringer/";
    public const string ChangesFeed = Changes + "feed.xml";

    /// <summary>First path segments a free page may not take, since the site already uses them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "delprosjekter", "milepaeler", "mal-og-gevinster", "risiko", "kommunikasjonsplan", "oppdateringer", "sok", "data", "kilder", "assets", "ordliste", "filer",
        "404", "feed", "sitemap", "robots", "endringer",
    };

    /// <summary>Subproject file names that would take an address the site uses under /delprosjekter/.</summary>
    public static readonly IReadOnlySet<string> ReservedSubprojectSlugs = new HashSet<string>(StringComparer.Ordinal) { "status" };

    public const string UpdatesFeed = Updates + "feed.xml";
    public const string MilestonesCalendar = Milestones + "milepaeler.ics";
    public const string SearchIndex = Search + "index.json";

    public static string Subproject(string slug) => $"{Subprojects}{slug}/";

    /// <summary>The subprojects with one status, when they are too many for one list: /delprosjekter/status/active/.</summary>
    public static string SubprojectsWithStatus(SubprojectStatus status) => $"{Subprojects}status/{EnumKeys.KeyOf(status)}/";

    /// <summary>The milestones of one year, when they are too many for one list: /milepaeler/2025/; null is those without a date.</summary>
    public static string MilestonesOfYear(int? year) => year is null ? $"{Milestones}uten-dato/" : $"{Milestones}{year}/";

    public static string GainsOfType(GainType type) => $"{Goals}gevinster/{EnumKeys.KeyOf(type)}/";

    public const string AllMeasures = Goals + "tiltak/";

    public static string SubprojectFeed(string slug) => Subproject(slug) + "feed.xml";

    public static string SubprojectCalendar(string slug) => Subproject(slug) + "milepaeler.ics";

    public static string DataFile(string fileName) => Data + fileName;

    public static string Update(string slug) => $"{Updates}{slug}/";

    public static string Page(string slug) => $"/{slug}/";

    /// <summary>A source's entry on the sources page.</summary>
    public static string Source(string id) => $"{Sources}#{SourceAnchor(id)}";

    /// <summary>The id of a source's entry on the sources page.</summary>
    public static string SourceAnchor(string id) => "kilde-" + id;

    /// <summary>Where a file from content/files/ is published, under its own name.</summary>
    public static string Attachment(string name) => $"/filer/{name}";

    /// <summary>The communication plan for one audience, e.g. /kommunikasjonsplan/politikere/.</summary>
    public static string Audience(Audience audience) => $"{Communication}{AudienceSlug(audience)}/";

    /// <summary>
    /// Fixed per audience, so rewording a label in strings.nb.yml never moves a page (the slugs are those the
    /// labels had when the pages were first published).
    /// </summary>
    public static string AudienceSlug(Audience audience) => audience switch
    {
        Model.Audience.Employees => "ansatte",
        Model.Audience.Citizens => "innbyggere",
        Model.Audience.ServiceUsers => "tjenestemottakere",
        Model.Audience.Politicians => "politikere",
        Model.Audience.UnionReps => "tillitsvalgte",
        Model.Audience.Leaders => "ledere",
        Model.Audience.Partners => "samarbeidspartnere",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Every audience needs a fixed slug."),
    };
}
