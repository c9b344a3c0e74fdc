namespace SiteGen.Cli;

/// <summary>The command line itself is wrong (exit code 2), as opposed to the content (exit code 1).</summary>
public sealed class UsageException(string message) : Exception(message);
