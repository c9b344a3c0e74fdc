using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

public enum ReferenceTarget
{
    Subproject,
    Update,
    Source,
    Attachment,
}

/// <summary>A slug written in content that must name an existing subproject, update or source; checked once everything is bound.</summary>
public sealed record Reference(ReferenceTarget Target, string Slug, SourceSpan Span);

/// <summary>An id that must be unique within its scope (risk ids, goal ids).</summary>
public sealed record Declaration(string Scope, string Id, SourceSpan Span);

/// <summary>
/// Everything the binder produced: records, plus what validation must still check across files.
/// <paramref name="SubprojectFiles"/>, <paramref name="UpdateFiles"/> and <paramref name="PageFiles"/> name every file
/// found, also those that failed to load or bind, so a reference or link to a broken file is not reported again as
/// one to nothing.
/// </summary>
public sealed record BoundContent(
    Programme? Programme,
    ImmutableArray<Subproject> Subprojects,
    ImmutableArray<Update> Updates,
    ImmutableArray<Message> Messages,
    ImmutableArray<Risk> Risks,
    ImmutableArray<Page> Pages,
    ImmutableArray<Reference> References,
    ImmutableArray<Declaration> Declarations,
    ImmutableDictionary<string, SourceSpan> ParentSpans,
    ImmutableSortedSet<string> SubprojectFiles,
    ImmutableSortedSet<string> UpdateFiles,
    ImmutableSortedSet<string> PageFiles,
    RiskRegister? RiskRegister = null)
{
    public ImmutableArray<GlossaryTerm> Glossary { get; init; } = [];

    /// <summary>The names of the files under content/files/ that were read, which <c>file:</c> fields may name.</summary>
    public ImmutableSortedSet<string> AttachmentFiles { get; init; } = [];

    /// <summary>Addresses of pages whose file is there but failed to load or bind: a link to one is not a broken link.</summary>
    /// <remarks>Enumerable's Except, which hashes the slugs: the sorted set's own took 10 ms of a step at 10,000 subprojects.</remarks>
    public IEnumerable<string> UrlsOfBrokenFiles =>
        Enumerable.Except(SubprojectFiles, Subprojects.Select(s => s.Slug), StringComparer.Ordinal).Select(SiteUrls.Subproject)
            .Concat(Enumerable.Except(UpdateFiles, Updates.Select(u => u.Slug), StringComparer.Ordinal).Select(SiteUrls.Update))
            .Concat(Enumerable.Except(PageFiles, Pages.Select(p => p.Slug), StringComparer.Ordinal).Select(SiteUrls.Page));
}
