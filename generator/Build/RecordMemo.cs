using System.Collections.Concurrent;

namespace SiteGen.Build;

/// <summary>
/// What a preview session keeps between steps of each content record (a subproject, an update, a message, a free
/// page: a record with a <c>SourcePath</c>), by its file: a subproject's feed, its calendar, its CSV rows. What is
/// made of a record also shows the records it refers to or that refer to it (a subproject's feed lists its updates),
/// so the session forgets a file's entries when the file, or one it refers to or that refers to it, changes
/// (<see cref="ChangeScope"/>), and all of them when anything else does. A step then writes the data files of 10,000
/// subprojects without making each subproject's part of them again.
/// </summary>
public sealed class RecordMemo<T>
{
    // A file binds to one record, whose kind its folder decides.
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);

    internal T GetOrAdd(string file, Func<T> make) => _entries.GetOrAdd(file, _ => make());

    internal void Forget(ChangeScope scope)
    {
        if (scope.Everything)
        {
            _entries.Clear();
            return;
        }

        foreach (var file in scope.Files)
        {
            _entries.TryRemove(file, out _);
        }
    }
}
