using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.History;

/// <summary>
/// Each subproject's status and health over time: its file as every commit that touched it left it, all read in one
/// <c>git cat-file --batch</c>, with a point wherever status or health changed. Of each old version only the two
/// fields are read (<see cref="TopLevelScalars"/>), not the whole file.
/// </summary>
public static class StatusTimeline
{
    public static ImmutableDictionary<string, ImmutableArray<StatusPoint>> Read(
        GitRepository repository, IReadOnlyList<ContentCommit> commits, IEnumerable<Subproject> subprojects)
    {
        var wanted = subprojects.Select(s => ContentPaths.PathOf(ContentKind.Subproject, s.Slug)).ToHashSet(StringComparer.Ordinal);
        var versions = commits
            .SelectMany(c => c.Changes.Where(f => f.Kind != 'D' && wanted.Contains(f.Path)).Select(f => (Commit: c, Change: f)))
            .Reverse() // oldest first, so each point compares with the one before
            .ToList();
        var texts = repository.ReadObjects([.. versions.Select(v => $"{v.Commit.Id}:./{v.Change.PathAtCommit}")]);

        var points = new Dictionary<string, ImmutableArray<StatusPoint>.Builder>(StringComparer.Ordinal);
        for (var i = 0; i < versions.Count; i++)
        {
            var (commit, change) = versions[i];
            if (texts[i] is not { } bytes || StatusIn(bytes) is not { } state)
            {
                continue; // a version with a content error shows nothing rather than a guess
            }

            var slug = ContentPaths.SlugOf(change.Path);
            var list = points.TryGetValue(slug, out var existing) ? existing : points[slug] = ImmutableArray.CreateBuilder<StatusPoint>();
            if (list.Count == 0 || list[^1].Status != state.Status || list[^1].Health != state.Health)
            {
                list.Add(new StatusPoint(PartialDate.OfDay(Oslo.DateOf(commit.Time)), state.Status, state.Health, commit.Subject));
            }
        }

        return points.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
    }

    private static readonly HashSet<string> Fields = ["status", "health"];

    /// <summary>Status and health as one version of a subproject file has them; a version without a known status gives none.</summary>
    private static (SubprojectStatus Status, Health? Health)? StatusIn(byte[] bytes)
    {
        var fields = TopLevelScalars.Read(bytes, Fields);
        if (!fields.TryGetValue("status", out var statusKey) || !EnumKeys.TryParse<SubprojectStatus>(statusKey, out var status))
        {
            return null;
        }

        return (status, fields.TryGetValue("health", out var healthKey) && EnumKeys.TryParse<Health>(healthKey, out var health) ? health : null);
    }
}
