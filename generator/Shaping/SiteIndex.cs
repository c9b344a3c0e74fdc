using SiteGen.Model;

namespace SiteGen.Shaping;

/// <summary>
/// The references between published documents (a subproject's parent and parts, the updates, messages and
/// risks that name it, the messages an update carries), resolved once into dictionaries, so that building
/// every page costs one lookup per reference instead of a scan of every list.
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Subproject> _subprojects;
    private readonly Dictionary<string, Update> _updates;
    private readonly Dictionary<string, List<Subproject>> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Update>> _updatesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Message>> _messagesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Risk>> _risksOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Message>> _messagesOfUpdate = new(StringComparer.Ordinal);

    public SiteIndex(SiteModel model)
    {
        _subprojects = model.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _updates = model.Updates.ToDictionary(u => u.Slug, StringComparer.Ordinal);
        foreach (var subproject in model.Subprojects.Where(s => s.Parent is not null))
        {
            Add(_parts, subproject.Parent!, subproject);
        }

        // The lists keep the model's order (updates newest first, messages by date, risks as in the register);
        // a document naming a subproject twice is listed once.
        foreach (var update in model.Updates)
        {
            AddToEach(_updatesOf, update.Subprojects, update);
        }

        foreach (var message in model.Messages)
        {
            AddToEach(_messagesOf, message.Subprojects, message);
            if (message.Update is not null)
            {
                Add(_messagesOfUpdate, message.Update, message);
            }
        }

        foreach (var risk in model.Risks)
        {
            AddToEach(_risksOf, risk.Subprojects, risk);
        }
    }

    public Subproject? Subproject(string slug) => _subprojects.GetValueOrDefault(slug);

    public Update? Update(string slug) => _updates.GetValueOrDefault(slug);

    public Subproject? ParentOf(Subproject subproject) => subproject.Parent is null ? null : Subproject(subproject.Parent);

    public IReadOnlyList<Subproject> PartsOf(Subproject subproject) => ListOf(_parts, subproject.Slug);

    public IReadOnlyList<Update> UpdatesOf(Subproject subproject) => ListOf(_updatesOf, subproject.Slug);

    public IReadOnlyList<Message> MessagesOf(Subproject subproject) => ListOf(_messagesOf, subproject.Slug);

    public IReadOnlyList<Risk> RisksOf(Subproject subproject) => ListOf(_risksOf, subproject.Slug);

    public IReadOnlyList<Message> MessagesOf(Update update) => ListOf(_messagesOfUpdate, update.Slug);

    /// <summary>The subprojects a document names, as objects, in the order it names them; unknown slugs (drafts left out) are skipped.</summary>
    public IReadOnlyList<Subproject> Subprojects(IEnumerable<string> slugs) =>
        [.. slugs.Distinct(StringComparer.Ordinal).Select(Subproject).OfType<Subproject>()];

    private static IReadOnlyList<T> ListOf<T>(Dictionary<string, List<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(item);
    }

    private static void AddToEach<T>(Dictionary<string, List<T>> map, IEnumerable<string> keys, T item)
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            Add(map, key, item);
        }
    }
}
