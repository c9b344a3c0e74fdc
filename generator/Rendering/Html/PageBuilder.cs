using System.Text;

namespace SiteGen.Rendering.Html;

/// <summary>
/// String builders kept per thread for the passes over a whole page (glossary marks, table labels, the inspector's
/// text): a new builder per page allocated room for the whole page again, for every page, only to copy it into a string.
/// </summary>
internal static class PageBuilder
{
    [ThreadStatic]
    private static Stack<StringBuilder>? _free;

    /// <summary>
    /// An empty builder with room for <paramref name="capacity"/> characters, to be given back. It stays in one piece
    /// while it is only appended to within that room; emptying a builder in pieces would allocate it again.
    /// </summary>
    public static StringBuilder Take(int capacity)
    {
        var builder = (_free ??= new()).TryPop(out var free) ? free : new StringBuilder(capacity);
        builder.Clear().EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread.</summary>
    public static string Finish(StringBuilder builder)
    {
        var text = builder.ToString();
        GiveBack(builder);
        return text;
    }

    public static void GiveBack(StringBuilder builder) => (_free ??= new()).Push(builder);
}
