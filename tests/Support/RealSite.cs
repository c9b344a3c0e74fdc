using SiteGen.Build;
using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Validation;

namespace SiteGen.Tests.Support;

/// <summary>
/// The real content/ built once for a test class (as of <see cref="AsOf"/>), with the model it was built from, so
/// tests can compare what a reader gets against what the editors wrote.
/// </summary>
public sealed class RealSite : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public RealSite()
    {
        Site = new BuiltSite(RepositoryPaths.Content, AsOf);
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        Model = ModelOf(RepositoryPaths.Content, AsOf);
    }

    public BuiltSite Site { get; }

    public SiteModel Model { get; }

    public static SiteModel ModelOf(string contentDirectory, DateOnly asOf)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new ContentLoader(diagnostics, SiteBuilder.DisplayPath).Load(contentDirectory);
        var model = SiteValidator.Validate(ContentBinder.Bind(documents, diagnostics), new PublishOptions(asOf, IncludeDrafts: false), diagnostics);
        return model ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
    }

    public void Dispose() => Site.Dispose();
}
