using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>The whole programme after binding and validation: what every later stage reads, never changes.</summary>
public sealed record SiteModel(
    Programme Programme,
    ImmutableArray<Subproject> Subprojects,
    ImmutableArray<Update> Updates,
    ImmutableArray<Message> Messages,
    ImmutableArray<Risk> Risks,
    ImmutableArray<Page> Pages,
    DateOnly AsOf,
    RiskRegister? RiskRegister = null)
{
    /// <summary>The glossary in the order of glossary.yml; empty when the programme has none.</summary>
    public ImmutableArray<GlossaryTerm> Glossary { get; init; } = [];
}

