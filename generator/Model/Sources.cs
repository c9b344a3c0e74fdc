namespace SiteGen.Model;

/// <summary>A document the content is written from, as listed in programme.yml: the site names it wherever it is used.</summary>
public sealed record ProgrammeSource(string Id, string Title, PartialDate? Date, string? IssuedBy, string? Url)
{
    /// <summary>The document itself, as a file under content/files/ that the site publishes; null when it is not there.</summary>
    public string? File { get; init; }

    public string? FileUrl => File is null ? null : SiteUrls.Attachment(File);
}

/// <summary>Where in a source something is written from: the source's id and, where it has them, the pages ("2–5").</summary>
public sealed record SourceCitation(string Id, string? Pages);
