namespace SiteGen.Diagnostics;

/// <summary>A place in a content file; line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan AtFile(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
