namespace SiteGen.Content;

public enum ContentKind
{
    Programme,
    Risks,
    Subproject,
    Update,
    Message,
    Page,
    Glossary,
}
