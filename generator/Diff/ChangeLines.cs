namespace SiteGen.Diff;

/// <summary>
/// The lines of one section of the report. One method per kind of change, so every change of the same kind reads
/// the same way, and a value that did not change gives no line.
/// </summary>
public sealed class ChangeLines(DiffWords words)
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public DiffWords Words => words;

    public void Add(string line) => _lines.Add(line);

    /// <summary>A field of the section's own subject: "Status: Pågår → Gjennomført".</summary>
    public void Field(string field, string? before, string? after)
    {
        if (before != after)
        {
            var label = words.Field(field);
            Add(words.Format("field_changed", char.ToUpperInvariant(label[0]) + label[1..], before ?? words.Unset, after ?? words.Unset));
        }
    }

    /// <summary>A field of an item: "Milepæl «Kartlegging», flyttet: 3. kvartal 2024 → 4. kvartal 2024".</summary>
    public void Field(string subject, string field, string? before, string? after)
    {
        if (before != after)
        {
            Add(words.Format("item_changed", subject, words.Field(field), before ?? words.Unset, after ?? words.Unset));
        }
    }

    /// <summary>Texts of the section's own subject, in one line: "Tekst endret: bakgrunn (Utfordringsbildet), sammendrag".</summary>
    public void Texts(params (string Field, string? Before, string? After)[] texts)
    {
        var touched = texts
            .Select(t => (label: words.Field(t.Field), headings: MarkdownSections.Touched(t.Before, t.After, words.Text("intro"))))
            .Where(t => t.headings.Count > 0)
            .Select(t => Located(t.label, t.headings))
            .ToList();
        if (touched.Count > 0)
        {
            Add(words.Format("text_changed", words.List(touched)));
        }
    }

    /// <summary>The text of an item: "Side «Om programmet»: tekst endret (Kontakt)".</summary>
    public void Text(string subject, string? before, string? after)
    {
        var headings = MarkdownSections.Touched(before, after, words.Text("intro"));
        if (headings.Count > 0)
        {
            Add(headings.SequenceEqual([words.Text("intro")])
                ? words.Format("item_text_changed_plain", subject)
                : words.Format("item_text_changed", subject, words.List(headings)));
        }
    }

    /// <summary>A draft flag that changed: the item was published, or taken back as a draft.</summary>
    public void Draft(string subject, bool before, bool after)
    {
        if (before != after)
        {
            Add(words.Format(after ? "made_draft" : "published", subject));
        }
    }

    /// <summary>
    /// Items of one kind matched by key: added ones with a short description, removed ones by name, and for those
    /// in both, whatever <paramref name="compare"/> finds (given the item's subject, "Milepæl «…»").
    /// </summary>
    public void Items<T>(string noun, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> name,
        Func<T, string?> describe, Action<string, T, T> compare) =>
        Items(_ => noun, before, after, key, name, describe, compare);

    /// <summary>As above, for a list whose items are called differently by kind (a risk or an opportunity).</summary>
    public void Items<T>(Func<T, string> noun, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> name,
        Func<T, string?> describe, Action<string, T, T> compare)
    {
        var old = before.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var @new = after.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (itemKey, item) in @new)
        {
            if (!old.TryGetValue(itemKey, out var previous))
            {
                var description = describe(item);
                Add(words.Format("added", noun(item), DiffWords.Quote(name(item)) + (description is null ? "" : $" ({description})")));
            }
            else
            {
                compare($"{noun(item)} {DiffWords.Quote(name(item))}", previous, item);
            }
        }

        foreach (var (_, item) in old.Where(o => !@new.ContainsKey(o.Key)))
        {
            Add(words.Format("removed", noun(item), DiffWords.Quote(name(item))));
        }
    }

    private string Located(string label, IReadOnlyList<string> headings) =>
        headings.SequenceEqual([words.Text("intro")]) ? label : $"{label} ({words.List(headings)})";
}
