using SiteGen.Diagnostics;

namespace SiteGen.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, IReadOnlyList<StageTime> Stages)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
