using System.Collections.Concurrent;

namespace SiteGen.Build;

/// <summary>
/// The digests of content records (a subproject, an update, a message, a free page: a record with a
/// <c>SourcePath</c>) that a preview session keeps between steps, by type and file. A record is built from its own
/// file and from whether the records it refers to are shown (drafts), so the session forgets a file's digests when
/// the file, or one it refers to or that refers to it, changes (<see cref="ChangeScope"/>), and all of them when
/// anything else does. A step then digests a list of 10,000 subprojects without walking them again.
/// </summary>
public sealed class RecordDigests
{
    private readonly ConcurrentDictionary<(string File, Type Type), UInt128> _digests = new();

    internal bool TryGet(string file, Type type, out UInt128 digest) => _digests.TryGetValue((file, type), out digest);

    internal void Set(string file, Type type, UInt128 digest) => _digests[(file, type)] = digest;

    internal void Forget(IReadOnlySet<string> files)
    {
        foreach (var key in _digests.Keys.Where(k => files.Contains(k.File)))
        {
            _digests.TryRemove(key, out _);
        }
    }

    internal void Clear() => _digests.Clear();
}
