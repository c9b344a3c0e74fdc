using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SiteGen.Model;

public sealed record Update(
    string Slug,
    string SourcePath,
    string Title,
    PartialDate Date,
    string? Summary,
    UpdateKind Kind,
    ImmutableArray<string> Subprojects,
    ImmutableArray<SourceCitation> Sources,
    bool Draft,
    MarkdownText Body);

public sealed record Message(
    string Slug,
    string SourcePath,
    string Title,
    PartialDate Date,
    ImmutableArray<Audience> Audiences,
    ImmutableArray<Channel> Channels,
    string? Owner,
    MessageStatus Status,
    ImmutableArray<string> Subprojects,
    string? Update,
    bool Draft,
    MarkdownText Body);

public sealed record Risk(
    string Id,
    RiskKind Kind,
    string Title,
    MarkdownText? Measures,
    ImmutableArray<RiskMark> Cells,
    decimal? Probability,
    decimal? Consequence,
    string? Owner,
    ImmutableArray<string> Subprojects,
    ImmutableArray<SourceCitation> Sources)
{
    /// <summary>The fragment of its row in the register, e.g. "risiko-r3": an address on the site, not open data.</summary>
    [JsonIgnore]
    public string Anchor => "risiko-" + Id.ToLowerInvariant();
}

public sealed record Page(
    string Slug,
    string SourcePath,
    string Title,
    string? Summary,
    int Order,
    bool Menu,
    ImmutableArray<SourceCitation> Sources,
    bool Draft,
    MarkdownText Body);
