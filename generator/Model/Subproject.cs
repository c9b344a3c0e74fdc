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
    bool Draft,
    MarkdownText Body);

public sealed record Phase(string Title, PartialDate? Start, PartialDate? End, PhaseStatus? Status);

public sealed record Milestone(string Title, PartialDate? Date, MilestoneStatus Status, string? Note);

public sealed record Measure(
    string Title,
    MeasureStatus? Status,
    string? Owner,
    PartialDate? Due,
    Money? Estimate,
    string? Note);

public sealed record Gain(GainType Type, string Description, Money? Estimate, PartialDate? Period);

/// <summary>The KS helhetsmodell A3 for a deep dive; its endringstiltak are the subproject's measures.</summary>
public sealed record A3(
    PartialDate? Date,
    MarkdownText? Reason,
    MarkdownText? Current,
    MarkdownText? RootCauses,
    MarkdownText? Target,
    MarkdownText? Measurement);
