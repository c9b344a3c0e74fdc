using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// A value in a content file's YAML and where it starts, in a tree of our own built from YamlDotNet's parser events.
/// YamlDotNet's representation model keeps end marks, anchors and a dictionary with a list for every mapping: at
/// 10,000 subprojects four times the memory of what binding reads, which is the value, its style and its start.
/// </summary>
public abstract class YamlValue(Mark start, string? tag)
{
    private readonly int _index = (int)start.Index;
    private readonly int _line = (int)start.Line;
    private readonly int _column = (int)start.Column;

    /// <summary>Where the value starts in the YAML that was parsed (the front matter, not the whole file).</summary>
    public Mark Start => new(_index, _line, _column);

    /// <summary>An explicit tag (<c>!!str</c>), which only decides whether two keys are the same.</summary>
    public string? Tag => tag;
}

public sealed class YamlScalar(Mark start, string? tag, string value, ScalarStyle style) : YamlValue(start, tag)
{
    public string Value => value;

    public ScalarStyle Style => style;

    public override string ToString() => value;
}

public sealed class YamlSequence(Mark start, string? tag, YamlValue[] children) : YamlValue(start, tag)
{
    public IReadOnlyList<YamlValue> Children => children;

    /// <summary>As YamlDotNet writes a list in a message, which leaves out the comma after empty leading items.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder("[ ");
        foreach (var child in children)
        {
            text.Append(text.Length > 2 ? ", " : "").Append(child);
        }

        return text.Append(" ]").ToString();
    }
}

public sealed class YamlMapping(Mark start, string? tag, KeyValuePair<YamlValue, YamlValue>[] children, MappingStyle style) : YamlValue(start, tag)
{
    public IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Children => children;

    public MappingStyle Style => style;

    public override string ToString() => $"{{ {string.Join(", ", children.Select(c => $"{{ {c.Key}, {c.Value} }}"))} }}";
}

/// <summary>
/// Builds <see cref="YamlValue"/> trees from parser events, with the same errors as YamlDotNet's <c>YamlStream</c>:
/// every document of the stream is read, so a mistake in a later one is reported too, and a repeated key is a
/// "Duplicate key" error at the second one. The children of a node are gathered on one stack for the whole file.
/// </summary>
public sealed class YamlTreeReader(IParser parser)
{
    /// <summary>Up to this many keys a mapping looks for a repeated one by comparing; beyond it by hashing.</summary>
    private const int KeysCompared = 32;

    private readonly List<YamlValue> _items = [];
    private readonly List<KeyValuePair<YamlValue, YamlValue>> _pairs = [];

    /// <summary>Values with a character no page or feed can carry (<see cref="Content.Printable"/>), each with the first such character.</summary>
    public List<(Mark Start, char Refused)> Unprintable { get; } = [];

    /// <summary>The value with refused characters replaced, so nothing after the reported error has to cope with them.</summary>
    private string Printable(Scalar scalar)
    {
        var refused = Content.Printable.FirstRefused(scalar.Value);
        if (refused < 0)
        {
            return scalar.Value;
        }

        Unprintable.Add((scalar.Start, scalar.Value[refused]));
        return Content.Printable.Replaced(scalar.Value);
    }

    /// <summary>The root of the first document; null for a stream without documents (only comments, or nothing).</summary>
    public YamlValue? Read()
    {
        parser.Consume<StreamStart>();
        YamlValue? first = null;
        var documents = 0;
        while (!parser.TryConsume<StreamEnd>(out _))
        {
            parser.Consume<DocumentStart>();
            YamlValue? root = null;
            while (!parser.TryConsume<DocumentEnd>(out _))
            {
                root = Node();
            }

            first = documents++ == 0 ? root : first;
        }

        return first;
    }

    private YamlValue Node()
    {
        switch (parser.Current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Start, TagOf(scalar), Printable(scalar), scalar.Style);
            case SequenceStart start:
                parser.MoveNext();
                var firstItem = _items.Count;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    _items.Add(Node());
                }

                return new YamlSequence(start.Start, TagOf(start), Pop(_items, firstItem));
            case MappingStart start:
                parser.MoveNext();
                var firstPair = _pairs.Count;
                HashSet<YamlValue>? keys = null;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = Node();
                    var value = Node();
                    if (IsRepeated(key, firstPair, ref keys))
                    {
                        throw new YamlException(key.Start, key.Start, $"Duplicate key {key}");
                    }

                    _pairs.Add(new(key, value));
                }

                return new YamlMapping(start.Start, TagOf(start), Pop(_pairs, firstPair), start.Style);
            default:
                throw new YamlException(parser.Current?.Start ?? Mark.Empty, parser.Current?.End ?? Mark.Empty, $"Unexpected {parser.Current}");
        }
    }

    private bool IsRepeated(YamlValue key, int firstPair, ref HashSet<YamlValue>? keys)
    {
        if (keys is not null)
        {
            return !keys.Add(key);
        }

        for (var i = firstPair; i < _pairs.Count; i++)
        {
            if (SameKey.Instance.Equals(_pairs[i].Key, key))
            {
                return true;
            }
        }

        if (_pairs.Count - firstPair >= KeysCompared)
        {
            keys = new HashSet<YamlValue>(SameKey.Instance);
            for (var i = firstPair; i < _pairs.Count; i++)
            {
                keys.Add(_pairs[i].Key);
            }

            keys.Add(key);
        }

        return false;
    }

    private static T[] Pop<T>(List<T> stack, int first)
    {
        var children = CollectionsMarshal.AsSpan(stack)[first..].ToArray();
        stack.RemoveRange(first, stack.Count - first);
        return children;
    }

    private static string? TagOf(NodeEvent node) => node.Tag.IsEmpty ? null : node.Tag.Value;

    /// <summary>
    /// When YamlDotNet takes two keys for the same: scalars and lists (of scalars and lists) equal in value and tag.
    /// It hashes a mapping by its identity, so a mapping, or a list holding one, never repeats a key.
    /// </summary>
    private sealed class SameKey : IEqualityComparer<YamlValue>
    {
        public static readonly SameKey Instance = new();

        public bool Equals(YamlValue? a, YamlValue? b) => (a, b) switch
        {
            (YamlScalar x, YamlScalar y) => x.Tag == y.Tag && x.Value == y.Value,
            (YamlSequence x, YamlSequence y) => x.Tag == y.Tag && x.Children.Count == y.Children.Count
                && x.Children.Zip(y.Children).All(pair => Equals(pair.First, pair.Second)),
            _ => false,
        };

        public int GetHashCode(YamlValue value) => value switch
        {
            YamlScalar scalar => HashCode.Combine(scalar.Tag, scalar.Value),
            YamlSequence sequence => sequence.Children.Aggregate(HashCode.Combine(sequence.Tag), (hash, child) => HashCode.Combine(hash, GetHashCode(child))),
            _ => RuntimeHelpers.GetHashCode(value),
        };
    }
}
