using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Model;

/// <summary>Maps enum members to the snake_case keys written in content and used for UI labels (<c>OnTrack</c> ↔ <c>on_track</c>).</summary>
public static class EnumKeys
{
    private static readonly ConcurrentDictionary<Enum, string> Keys = new();

    /// <summary>Kept once made: labels, classes and open data ask for the keys of the same few members on every page.</summary>
    public static string KeyOf(Enum value) => Keys.GetOrAdd(value, v => ToSnakeCase(v.ToString()));

    public static IReadOnlyList<string> AllOf<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => KeyOf(v)).ToList();

    public static bool TryParse<T>(string key, out T value) where T : struct, Enum => ByKey<T>.Members.TryGetValue(key, out value);

    /// <summary>The members of one enum by key, made once: binding looks up a key for every status and type in every file.</summary>
    private static class ByKey<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Members = Enum.GetValues<T>().ToDictionary(v => KeyOf(v), StringComparer.Ordinal);
    }

    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
