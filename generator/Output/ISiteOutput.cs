using SiteGen.Emit;

namespace SiteGen.Output;

/// <summary>
/// Where a build puts its files: nothing is visible until <see cref="Publish"/>, and disposing without it leaves the
/// previous site as it was. Files may be added from many threads.
/// </summary>
public interface ISiteOutput : IDisposable
{
    void Add(SiteFile file);

    void AddAll(IReadOnlyList<SiteFile> files);

    void Publish();
}
