using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// Passes YAML events on to the loader and stops at <see cref="MaxDepth"/> levels of lists and groups, before
/// the loader's recursion can overflow the stack (which no catch survives: YAML nested 40,000 deep killed the
/// process). It also refuses anchors and aliases: the content contract has no use for them, and an alias
/// repeated inside itself makes a small file expand into billions of values.
/// </summary>
public sealed class DepthLimitedParser(IParser inner) : IParser
{
    /// <summary>The deepest content file has four levels (programme, goals, a goal, its values); this leaves room.</summary>
    public const int MaxDepth = 32;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!MoveInner())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlLimitException(inner.Current,
                    $"Feltene er nøstet mer enn {MaxDepth} nivåer dypt. Ingen del av innholdet trenger mer enn noen få nivåer: sjekk innrykket og klammene.");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias:
                throw new YamlLimitException(inner.Current,
                    "Alias (*navn) brukes ikke i innholdet. Skriv verdien ut der den skal stå.");
            case NodeEvent { Anchor.IsEmpty: false }:
                throw new YamlLimitException(inner.Current,
                    "Ankere (&navn) brukes ikke i innholdet. Fjern «&» og navnet etter det.");
        }

        return true;
    }

    private bool MoveInner()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser fails this way, instead of with a YamlException, on a flow list such as
            // "start: [" followed by "x: 1" that the text ends inside.
            var at = inner.Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, UnclosedFlow);
        }
    }

    public const string UnclosedFlow = "While parsing a flow collection, did not find the closing ']' or '}'";
}

/// <summary>YAML that is valid but nested deeper, or more self-referring, than content may be.</summary>
public sealed class YamlLimitException(ParsingEvent at, string message) : YamlException(at.Start, at.End, message);
