using System.Collections.Concurrent;

namespace SiteGen.Build;

/// <summary>
/// The digests of content model objects (a subproject, its milestones and measures, a date) that a preview session
/// has made, by identity. The content model is immutable, and a file that did not change binds to the very same
/// objects on the next step, so an object's digest holds for as long as the object lives; a changed file binds to
/// new objects, which are digested anew. A step of 10,000 subprojects then digests its list pages without walking
/// the 100,000 items they list again. The page models of a section the session keeps whole (<c>IncrementalBuild</c>)
/// are the last step's objects too, and are digested once.
/// Held strongly, in a plain concurrent dictionary: a table of weak references (ConditionalWeakTable) took half of
/// the time of digesting the list pages, and its 400,000 handles made every collection longer. So the digests of
/// objects a saved file no longer binds to stay until the table has grown to twice what one step needs, and are
/// then forgotten all at once (<see cref="Trim"/>).
/// </summary>
public sealed class KnownDigests
{
    private readonly ConcurrentDictionary<object, UInt128> _digests = new(ReferenceEqualityComparer.Instance);
    private int _needed;

    internal bool TryGet(object value, out UInt128 digest) => _digests.TryGetValue(value, out digest);

    internal void Add(object value, UInt128 digest) => _digests.TryAdd(value, digest);

    /// <summary>
    /// Before a step: forgets every digest once the table holds twice as many as after the first step that filled it,
    /// so the objects of old versions of saved files are not kept for the whole session.
    /// </summary>
    internal void Trim()
    {
        if (_needed == 0)
        {
            _needed = _digests.Count;
        }
        else if (_digests.Count > 2 * _needed)
        {
            _digests.Clear();
            _needed = 0;
        }
    }
}
