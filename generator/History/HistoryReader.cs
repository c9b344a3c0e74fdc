using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>
/// The history stage: the content's commits from git, shaped per page. Three git calls per build whatever the size of
/// the content: one to find the repository, one <c>git log</c> of every changed file, and one <c>git cat-file --batch</c>
/// for the older versions status over time needs. Outside git, or in a shallow clone, there is no history and a
/// warning says so; a date is never taken from file times or the clock.
/// </summary>
public static class HistoryReader
{
    /// <summary>How many commits a page lists, and the list of recent changes holds.</summary>
    public const int ListLength = 30;

    /// <summary>
    /// Asks git for the repository and its log, which need nothing of the content: a build starts this before it reads
    /// the content, so the two git calls run while it does (a tenth of a cold build of the real site).
    /// </summary>
    public static Task<GitLog> Start(string contentDirectory) => Task.Run(() =>
    {
        var repository = GitRepository.Open(contentDirectory);
        return new GitLog(repository, repository is null || repository.IsShallow ? [] : LogOf(repository));
    });

    /// <param name="memo">A preview session's answers from git for the commit checked out, asked again when HEAD moves.</param>
    /// <param name="started">The repository and log from <see cref="Start"/>, for a build without <paramref name="memo"/>.</param>
    public static SiteHistory? Read(string contentDirectory, SiteModel model, SourceSpan at, DiagnosticBag diagnostics, HistoryMemo? memo = null, Task<GitLog>? started = null)
    {
        var log = started?.GetAwaiter().GetResult();
        var repository = log is not null ? log.Repository : memo is null ? GitRepository.Open(contentDirectory) : memo.Repository(() => GitRepository.Open(contentDirectory));
        if (repository is null || repository.IsShallow)
        {
            diagnostics.Warning(DiagnosticCodes.NoHistory, at, repository is null
                ? "Nettstedet bygges uten endringshistorikk, fordi innholdet ikke ligger i et git-depot (eller git ikke er installert). Sidene viser da ikke «Sist endret»."
                : "Nettstedet bygges uten endringshistorikk, fordi dette er en grunn kopi (shallow clone) uten eldre versjoner. Hent hele historikken med «git fetch --unshallow».");
            return null;
        }

        var head = memo is null ? null : repository.ResolveCommit("HEAD");
        var commits = log?.Commits ?? memo?.Commits(head, ReadLog) ?? ReadLog();
        var days = commits.Select(c => PartialDate.OfDay(Oslo.DateOf(c.Time))).ToList();
        var byFile = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < commits.Count; i++)
        {
            foreach (var change in commits[i].Changes)
            {
                Add(byFile, change.Path, i);
                var slash = change.Path.IndexOf('/');
                if (slash > 0)
                {
                    Add(byFolder, change.Path[..slash], i);
                }
            }
        }

        PageHistory? HistoryOf(PageSources sources)
        {
            var indices = sources.Everything
                ? Enumerable.Range(0, commits.Count)
                : sources.Files.SelectMany(f => byFile.GetValueOrDefault(f) ?? []).Concat(sources.Folders.SelectMany(f => byFolder.GetValueOrDefault(f) ?? []));
            var newestFirst = indices.Distinct().Order().ToList();
            return newestFirst.Count == 0
                ? null
                : new PageHistory(days[newestFirst[0]], [.. newestFirst.Take(ListLength).Select(i => new HistoryEntry(days[i], commits[i].Subject))], newestFirst.Count);
        }

        var pages = PageSources.ForSite(model)
            .Select(page => (page.Key, History: HistoryOf(page.Value)))
            .Where(p => p.History is not null)
            .ToImmutableDictionary(p => p.Key, p => p.History!, StringComparer.Ordinal);

        var recent = commits.Take(ListLength).Select((c, i) => new RecentChange(c.Id, c.Time, days[i], c.Subject,
            [.. c.Changes.Select(f => PageSources.PrimaryPage(f.Path)).OfType<string>().Distinct()]));

        var statuses = memo?.Statuses(head, model.Subprojects, ReadStatuses) ?? ReadStatuses();
        return new SiteHistory(pages, statuses, [.. recent]);

        IReadOnlyList<ContentCommit> ReadLog() => LogOf(repository);

        ImmutableDictionary<string, ImmutableArray<StatusPoint>> ReadStatuses() => StatusTimeline.Read(repository, commits, model.Subprojects);
    }

    private static IReadOnlyList<ContentCommit> LogOf(GitRepository repository) => ContentLog.Parse(repository.Log().Stdout);

    /// <summary>The repository the content is in (null outside git) and its commits that changed content, newest first.</summary>
    public sealed record GitLog(GitRepository? Repository, IReadOnlyList<ContentCommit> Commits);

    private static void Add(Dictionary<string, List<int>> index, string key, int commit)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != commit)
        {
            list.Add(commit);
        }
    }
}
