using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Tests.Support;

/// <summary>The Norwegian labels of templates/strings.nb.yml, so tests expect what readers see without keeping copies.</summary>
public static class Labels
{
    public static UiStrings Strings { get; } = UiStrings.Load(RepositoryPaths.Templates, new DiagnosticBag(), p => p);

    public static string Of(Enum value) => Strings.Label(value);
}
