namespace SyntheticProgramme;

/// <summary>One file of the made-up programme: its path inside the content folder and its text.</summary>
public sealed record SyntheticFile(string Path, string Text);
