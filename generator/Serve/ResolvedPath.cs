namespace SiteGen.Serve;

/// <summary>Where a request path leads inside the served folder; <see cref="FullPath"/> is set for <see cref="PathOutcome.File"/>.</summary>
public readonly record struct ResolvedPath(PathOutcome Outcome, string FullPath = "");
