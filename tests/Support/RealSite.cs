namespace SiteGen.Tests.Support;

/// <summary>The real content/ built once for all tests that read it, on a fixed as-of date so results do not change with the calendar.</summary>
public sealed class RealSite : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public BuiltSite Site { get; } = new(RepositoryPaths.Content, AsOf);

    public void Dispose() => Site.Dispose();
}
