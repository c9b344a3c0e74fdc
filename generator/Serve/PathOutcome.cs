namespace SiteGen.Serve;

/// <summary>What a request path leads to: a file to send, a folder asked for without its slash, nothing, or a way out of the site.</summary>
public enum PathOutcome { File, NeedsSlash, NotFound, Refused }
