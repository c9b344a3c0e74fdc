using System.Runtime.CompilerServices;

namespace SiteGen.Build;

/// <summary>
/// The digests of content model objects (a subproject, its milestones and measures, a date) that a preview session
/// has made, by identity. The content model is immutable, and a file that did not change binds to the very same
/// objects on the next step, so an object's digest holds for as long as the object lives; a changed file binds to
/// new objects, which are digested anew. A step of 10,000 subprojects then digests its list pages without walking
/// the 100,000 items they list again. Held weakly: an object the session no longer loads takes its digest with it.
/// </summary>
public sealed class KnownDigests
{
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _digests = new();

    internal bool TryGet(object value, out UInt128 digest)
    {
        var found = _digests.TryGetValue(value, out var box);
        digest = found ? box!.Value : default;
        return found;
    }

    internal void Add(object value, UInt128 digest) => _digests.TryAdd(value, new StrongBox<UInt128>(digest));
}
