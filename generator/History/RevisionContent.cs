using SiteGen.Content;

namespace SiteGen.History;

/// <summary>
/// The content folder as it is at a commit, read through git without checking anything out: one <c>git ls-tree</c>
/// and one <c>git cat-file --batch</c>, handed to the same loader the build uses.
/// </summary>
public static class RevisionContent
{
    public static IReadOnlyList<ContentFile> Files(GitRepository repository, string commit, Func<string, string> displayPath)
    {
        var listed = repository.ListFiles(commit);
        var contents = repository.ReadObjects([.. listed.Select(f => f.Blob)]);
        return
        [
            .. listed.Select((file, i) => new ContentFile(
                file.Path, displayPath(Path.Combine(repository.ContentDirectory, file.Path)), () => contents[i] ?? [])),
        ];
    }
}
