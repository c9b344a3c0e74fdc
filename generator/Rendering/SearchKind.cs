using SiteGen.Shaping;

namespace SiteGen.Rendering;

/// <summary>What kind of page a search result is, as a key under <c>search.kinds</c> in the UI strings.</summary>
public static class SearchKind
{
    public static readonly string[] Keys = ["subproject", "update", "page", "audience", "glossary", "section"];

    public static string Of(Route route) => route.Data switch
    {
        SubprojectPage => "subproject",
        UpdatePage => "update",
        FreePage => "page",
        AudiencePage => "audience",
        GlossaryPage => "glossary",
        _ => "section",
    };
}
