namespace SiteGen.Build;

/// <summary>
/// What one run works on; paths are absolute or relative to the working folder. <paramref name="BaseUrl"/> is the
/// published address given on the command line; null means the <c>url:</c> of programme.yml. <paramref name="History"/>
/// reads each page's history from git (the command line's default; off with --no-history).
/// </summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    DateOnly AsOf,
    bool IncludeDrafts,
    string? BaseUrl,
    bool History = false);
