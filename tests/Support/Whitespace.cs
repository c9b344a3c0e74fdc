namespace SiteGen.Tests.Support;

/// <summary>Text as a reader sees it: runs of spaces, line breaks and non-breaking spaces read as one space.</summary>
public static class Whitespace
{
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
