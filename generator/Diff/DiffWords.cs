using Scriban.Runtime;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Diff;

/// <summary>
/// The Norwegian words of the diff report, from the <c>diff</c> section of strings.nb.yml, and how values read in it:
/// dates at their own precision, money as on the site, enum values by their labels, names in «».
/// </summary>
public sealed class DiffWords(UiStrings strings)
{
    private ScriptObject Section => strings.Root["diff"] as ScriptObject
        ?? throw new InvalidOperationException($"{UiStrings.FileName} has no section 'diff' for the diff report.");

    public string Text(string key) => Lookup(Section, key, "diff");

    public string Format(string key, params string[] values)
    {
        var text = Text(key);
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace($"{{{i}}}", values[i], StringComparison.Ordinal);
        }

        return text;
    }

    public string Noun(string key) => Lookup(Section["nouns"] as ScriptObject, key, "diff.nouns");

    public string Field(string key) => Lookup(Section["fields"] as ScriptObject, key, "diff.fields");

    public string Unset => Text("unset");

    /// <summary>"Milepæl «Kartlegging ferdig»".</summary>
    public string Subject(string noun, string name) => $"{Noun(noun)} {Quote(name)}";

    public static string Quote(string name) => $"«{name}»";

    public string? Label(Enum? value) => value is null ? null : strings.Label(value);

    public static string? Date(PartialDate? date) => date?.Norwegian;

    public static string? Money(Money? money) => money is null ? null : NorwegianFormat.Money(money);

    public string? Period(PartialDate? start, PartialDate? end) =>
        start is null && end is null ? null : $"{Date(start) ?? Unset}–{Date(end) ?? Unset}";

    public string List(IEnumerable<string> items) => string.Join(", ", items);

    private static string Lookup(ScriptObject? section, string key, string path) =>
        section?[key] as string ?? throw new InvalidOperationException($"{UiStrings.FileName} has no text '{path}.{key}' for the diff report.");
}
