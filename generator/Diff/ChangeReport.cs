using System.Collections.Immutable;

namespace SiteGen.Diff;

/// <summary>One heading of the report (a subproject, or a programme-wide part) and its changes, one sentence each.</summary>
public sealed record ChangeSection(string Heading, ImmutableArray<string> Lines);

/// <summary>What changed in the programme between two revisions, in the order a reviewer reads it; empty when nothing did.</summary>
public sealed record ChangeReport(ImmutableArray<ChangeSection> Sections)
{
    public bool IsEmpty => Sections.IsEmpty;
}
