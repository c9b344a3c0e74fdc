using System.Collections.Concurrent;

namespace SiteGen.Build;

/// <summary>
/// What a preview session keeps between steps of each content record (a subproject, an update, a message, a free
/// page: a record with a <c>SourcePath</c>), by type and file: its digest, its JSON. A record is built from its own
/// file and from whether the records it refers to are shown (drafts), so the session forgets a file's entries when
/// the file, or one it refers to or that refers to it, changes (<see cref="ChangeScope"/>), and all of them when
/// anything else does. A step then digests a list of 10,000 subprojects without walking them again.
/// </summary>
public sealed class RecordMemo<T>
{
    private readonly ConcurrentDictionary<(string File, Type Type), T> _entries = new();

    internal bool TryGet(string file, Type type, out T value) => _entries.TryGetValue((file, type), out value!);

    internal void Set(string file, Type type, T value) => _entries[(file, type)] = value;

    internal T GetOrAdd(string file, Type type, Func<T> make) => _entries.GetOrAdd((file, type), _ => make());

    internal void Forget(ChangeScope scope)
    {
        if (scope.Everything)
        {
            _entries.Clear();
            return;
        }

        foreach (var key in _entries.Keys.Where(k => scope.Files.Contains(k.File)))
        {
            _entries.TryRemove(key, out _);
        }
    }
}
