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

    /// <summary>A document or image under files/ that the site publishes as it is (a source report, the logo).</summary>
    Attachment,
}
