using SiteGen.Diagnostics;

namespace SiteGen.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> Stages)
{
    /// <summary>How many pages were rendered: all of them in a full build, those that changed in a preview step.</summary>
    public int PagesRendered { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
