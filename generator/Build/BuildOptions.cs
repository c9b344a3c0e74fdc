namespace SiteGen.Build;

/// <summary>What one run works on; paths are absolute or relative to the working folder.</summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    DateOnly AsOf,
    bool IncludeDrafts,
    string BaseUrl);
