using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.History;

/// <summary>
/// Each subproject's status and health over time: its file as every commit that touched it left it, all read in one
/// <c>git cat-file --batch</c>, with a point wherever status or health changed.
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
            if (texts[i] is not { } bytes || StatusIn(change.PathAtCommit, bytes) is not { } state)
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

    /// <summary>Status and health as one version of a subproject file has them, read by the same loader the build uses.</summary>
    private static (SubprojectStatus Status, Health? Health)? StatusIn(string path, byte[] bytes)
    {
        var quiet = new DiagnosticBag();
        var document = new ContentLoader(quiet, p => p).Load([new ContentFile(path, path, () => bytes)], path)
            .FirstOrDefault(d => d.Kind == ContentKind.Subproject);
        if (document?.Data is not { } data || Scalar(data, "status") is not { } statusKey || !EnumKeys.TryParse<SubprojectStatus>(statusKey, out var status))
        {
            return null;
        }

        return (status, Scalar(data, "health") is { } healthKey && EnumKeys.TryParse<Health>(healthKey, out var health) ? health : null);
    }

    private static string? Scalar(YamlMappingNode data, string key) =>
        data.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value?.Trim() : null;
}
