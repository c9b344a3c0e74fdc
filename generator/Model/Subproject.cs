using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>A delprosjekt. Its fields follow the headings of the programme's own status reports.</summary>
public sealed record Subproject(
    string Slug,
    string SourcePath,
    string Title,
    string? Summary,
    SubprojectStatus Status,
    Health? Health,
    string? HealthNote,
    PartialDate? Start,
    PartialDate? End,
    string? Owner,
    string? Lead,
    string? Steering,
    string? Parent,
    MarkdownText? Objective,
    MarkdownText? ExpectedResult,
    MarkdownText? Resources,
    MarkdownText? Involved,
    MarkdownText? Involvement,
    int Order,
    ImmutableArray<Phase> Phases,
    ImmutableArray<Milestone> Milestones,
    ImmutableArray<Measure> Measures,
    ImmutableArray<Gain> Gains,
    A3? A3,
    ImmutableArray<SourceCitation> Sources,
    bool Draft,
    MarkdownText Body);

public sealed record Phase(string Title, PartialDate? Start, PartialDate? End, PhaseStatus? Status);

public sealed record Milestone(string Title, PartialDate? Date, MilestoneStatus Status, string? Note);

/// <summary>
/// A tiltak. <paramref name="Estimate"/> is someone's estimate (<paramref name="EstimateBy"/>, at
/// <paramref name="EstimateDate"/>), never a saving achieved; <paramref name="Realised"/> is what has been reported as
/// realised, absent until it is. <paramref name="StatusNote"/> gives the status in the source's own words.
/// </summary>
public sealed record Measure(
    string Title,
    MeasureStatus? Status,
    string? StatusNote,
    string? Owner,
    PartialDate? Due,
    Money? Estimate,
    string? EstimateBy,
    PartialDate? EstimateDate,
    Money? Realised,
    string? Note,
    ImmutableArray<SourceCitation> Sources);

public sealed record Gain(GainType Type, string Description, Money? Estimate, PartialDate? Period);

/// <summary>The KS helhetsmodell A3 for a deep dive; its endringstiltak are the subproject's measures.</summary>
public sealed record A3(
    PartialDate? Date,
    MarkdownText? Reason,
    MarkdownText? Current,
    MarkdownText? RootCauses,
    MarkdownText? Target,
    MarkdownText? Measurement);
