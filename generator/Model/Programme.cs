using System.Collections.Immutable;

namespace SiteGen.Model;

public sealed record Programme(
    string Name,
    string? FullName,
    string Organisation,
    PartialDate? Start,
    PartialDate? End,
    string Summary,
    MarkdownText? Background,
    ImmutableArray<string> Aims,
    string? Owner,
    string? Steering,
    MarkdownText? CommunicationPlan,
    Contact? Contact,
    ImmutableArray<Goal> Goals,
    ImmutableArray<Milestone> Milestones,
    ImmutableArray<ProgrammeSource> Sources)
{
    /// <summary>The organisation's own website: its name in the header links there, and the footer points there when there is no contact.</summary>
    public string? OrganisationUrl { get; init; }

    /// <summary>How many months old the newest status report may be before the front page says it is old; no notice without it.</summary>
    public int? ReportMaxAgeMonths { get; init; }

    /// <summary>The published address from <c>url:</c>: feeds, sitemap, canonical links, calendar UIDs; null when the content does not say.</summary>
    public string? Url { get; init; }

    public Logo? Logo { get; init; }

    /// <summary>Who is responsible for the communication plan, as the source names them.</summary>
    public string? CommunicationOwner { get; init; }

    /// <summary>When the communication plan is to be ready.</summary>
    public PartialDate? CommunicationDue { get; init; }

    /// <summary>The audiences the communication plan names, each with how it is to be reached where the source says.</summary>
    public ImmutableArray<PlanAudience> CommunicationAudiences { get; init; } = [];
}

/// <summary>An audience of the communication plan and how it is to be reached (null where the source is silent).</summary>
public sealed record PlanAudience(Audience Audience, string? How);

/// <summary>The programme's logo, an image under content/files/, with the text a screen reader says instead.</summary>
public sealed record Logo(string File, string Alt)
{
    public string Url => SiteUrls.Attachment(File);
}

public sealed record Contact(string? Name, string? Email, string? Phone, string? Url);

public sealed record Goal(
    string Id,
    string Title,
    GoalUnit Unit,
    Comparison Comparison,
    decimal Target,
    PartialDate? Deadline,
    MarkdownText? Description,
    ImmutableArray<GoalValue> Values);

public sealed record GoalValue(PartialDate Date, decimal Value, string? Source);
