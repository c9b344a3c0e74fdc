using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>
/// What a preview session keeps of git's answers between steps: the log and the subprojects' old versions depend only
/// on the commit checked out (and on which subprojects there are), not on the files being edited, so they are asked
/// again only when HEAD moves. The repository is found once per session. A save then costs one quick git call
/// (which commit HEAD is) instead of reading the whole history.
/// </summary>
public sealed class HistoryMemo
{
    private (bool Opened, GitRepository? Repository) _repository;
    private (string Head, IReadOnlyList<ContentCommit> Commits)? _log;
    private (string Head, string Subprojects, ImmutableDictionary<string, ImmutableArray<StatusPoint>> Statuses)? _statuses;

    /// <summary>The commit the log was last read at; null without history.</summary>
    internal string? Head => _log?.Head;

    internal GitRepository? Repository(Func<GitRepository?> open)
    {
        if (!_repository.Opened)
        {
            _repository = (true, open());
        }

        return _repository.Repository;
    }

    internal IReadOnlyList<ContentCommit> Commits(string? head, Func<IReadOnlyList<ContentCommit>> read)
    {
        if (head is null || _log is not { } log || log.Head != head)
        {
            _log = head is null ? null : (head, read());
            return _log?.Commits ?? read();
        }

        return log.Commits;
    }

    internal ImmutableDictionary<string, ImmutableArray<StatusPoint>> Statuses(string? head, IEnumerable<Subproject> subprojects, Func<ImmutableDictionary<string, ImmutableArray<StatusPoint>>> read)
    {
        var slugs = string.Join('\n', subprojects.Select(s => s.Slug));
        if (head is null || _statuses is not { } known || known.Head != head || known.Subprojects != slugs)
        {
            var statuses = read();
            _statuses = head is null ? null : (head, slugs, statuses);
            return statuses;
        }

        return known.Statuses;
    }
}
