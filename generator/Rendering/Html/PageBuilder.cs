using System.Text;

namespace SiteGen.Rendering.Html;

/// <summary>
/// One string builder per thread for the passes that rewrite a whole page (glossary marks, table labels): a new
/// builder per page allocated room for the whole page again, for every page, only to copy it into a string.
/// </summary>
internal static class PageBuilder
{
    [ThreadStatic]
    private static StringBuilder? _free;

    /// <summary>An empty builder with room for <paramref name="capacity"/> characters; give it back through <see cref="Finish"/>.</summary>
    public static StringBuilder Take(int capacity)
    {
        var builder = _free ?? new StringBuilder(capacity);
        _free = null;
        builder.Clear().EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>The builder's text; the builder is kept for the thread's next page.</summary>
    public static string Finish(StringBuilder builder)
    {
        var text = builder.ToString();
        _free = builder;
        return text;
    }
}
