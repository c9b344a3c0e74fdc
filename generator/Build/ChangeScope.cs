using SiteGen.Binding;
using SiteGen.Content;

namespace SiteGen.Build;

/// <summary>Who refers to whom in one step's content: each reference by the file it is written in, and each subproject's and update's file.</summary>
public sealed class ContentReferences
{
    private ContentReferences(IReadOnlyList<(string From, ReferenceTarget Target, string Slug)> references, IReadOnlyDictionary<(ReferenceTarget, string), string> files)
    {
        References = references;
        Files = files;
    }

    public IReadOnlyList<(string From, ReferenceTarget Target, string Slug)> References { get; }

    /// <summary>The file of each subproject and update, by slug; drafts included, since a draft's becoming visible changes who shows it.</summary>
    public IReadOnlyDictionary<(ReferenceTarget, string), string> Files { get; }

    public static ContentReferences Of(BoundContent bound) => new(
        [.. bound.References.Select(r => (r.Span.File, r.Target, r.Slug))],
        bound.Subprojects.Select(s => ((ReferenceTarget.Subproject, s.Slug), s.SourcePath))
            .Concat(bound.Updates.Select(u => ((ReferenceTarget.Update, u.Slug), u.SourcePath)))
            .DistinctBy(p => p.Item1)
            .ToDictionary(p => p.Item1, p => p.SourcePath));
}

/// <summary>
/// What a preview step treats as changed since the last published one: the files saved, added or removed, and with
/// them the files they refer to and that refer to them, before and after the change (a subproject's parent and
/// parts, an update's subprojects, a message's update and subprojects), since a page shows its neighbours' titles
/// and a new reference adds a record to a page that reached nothing of it before. A change of any other file
/// (programme.yml, risks.yml, the glossary, a free page, which can be in the menu of every page, an attachment) is
/// a change of <see cref="Everything"/>.
/// </summary>
public sealed class ChangeScope
{
    private ChangeScope(bool everything, IReadOnlySet<string> files)
    {
        Everything = everything;
        Files = files;
    }

    public static ChangeScope All { get; } = new(true, new HashSet<string>());

    public bool Everything { get; }

    /// <summary>The <c>SourcePath</c> of every content record whose digest or pages may have changed.</summary>
    public IReadOnlySet<string> Files { get; }

    internal static ChangeScope Of(IReadOnlyCollection<ChangedFile> changed, ContentReferences now, ContentReferences before)
    {
        if (changed.Any(f => f.Kind is not (ContentKind.Subproject or ContentKind.Update or ContentKind.Message)))
        {
            return All;
        }

        var files = changed.Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var targets = changed.Where(f => f.Kind != ContentKind.Message)
            .Select(f => (f.Kind == ContentKind.Subproject ? ReferenceTarget.Subproject : ReferenceTarget.Update, f.Slug))
            .ToHashSet();
        var related = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var (from, target, slug) in now.References.Concat(before.References))
        {
            if (files.Contains(from))
            {
                related.UnionWith(new[] { now.Files.GetValueOrDefault((target, slug)), before.Files.GetValueOrDefault((target, slug)) }.OfType<string>());
            }

            if (targets.Contains((target, slug)))
            {
                related.Add(from);
            }
        }

        return new ChangeScope(false, related);
    }
}
