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
    ImmutableArray<ProgrammeSource> Sources);

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
