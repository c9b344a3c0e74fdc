namespace SiteGen.Diagnostics;

/// <summary>A place in a content file; line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan AtFile(string file) => new(file, 1, 1);

    public override string ToString() => $"{Escape(File)}:{Line}:{Column}";

    /// <summary>
    /// Control characters (a newline in a file name, say) written as \n or \u001b, so that one problem is one line
    /// and a file name cannot forge another message or move the terminal's cursor.
    /// </summary>
    public static string Escape(string text) =>
        !text.Any(char.IsControl) ? text
        : string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => $"\\u{(int)c:x4}",
            _ => c.ToString(),
        }));
}
