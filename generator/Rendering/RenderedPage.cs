namespace SiteGen.Rendering;

/// <summary>A finished page: its HTML, and the text of its main content that search indexes.</summary>
public sealed record RenderedPage(Route Route, string Html, string MainText);
