using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Binding;

/// <summary>
/// Reads typed fields from one YAML mapping. Every problem becomes a diagnostic at the offending node
/// and the field reads as absent, so binding always carries on and one run reports everything.
/// </summary>
public sealed partial class FieldReader
{
    private readonly SourceDocument _document;
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, YamlValue> _fields = new(StringComparer.Ordinal);

    /// <summary>A million billion: far beyond any value content has, and small enough for charts to draw.</summary>
    private const decimal MaxNumber = 1_000_000_000_000_000m;

    public FieldReader(SourceDocument document, YamlMapping mapping, DiagnosticBag diagnostics, IReadOnlyList<string> allowedKeys)
    {
        _document = document;
        _mapping = mapping;
        _diagnostics = diagnostics;
        var children = mapping.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var (keyNode, value) = children[i];
            var key = (keyNode as YamlScalar)?.Value ?? "";
            if (allowedKeys.Contains(key))
            {
                _fields[key] = value;
                continue;
            }

            var split = SplitText(mapping, children, i);
            var suggestion = Suggestions.Closest(key, allowedKeys);
            var hint = split is { } s
                ? $"Komma skiller feltene inne i {{ }}, så teksten i «{s.Key}» ble delt ved kommaet. Sett teksten i anførselstegn: {s.Key}: \"{s.Text}\". "
                : suggestion is null ? "" : $"Mente du «{suggestion}»? ";
            diagnostics.Error(DiagnosticCodes.UnknownKey, document.At(keyNode),
                $"Ukjent felt «{key}». {hint}Tillatte felt her: {string.Join(", ", allowedKeys)}.");
        }
    }

    /// <summary>
    /// In <c>{ description: Økt nærvær, bedre kontinuitet }</c> YAML reads "bedre kontinuitet" as a key without a
    /// value. For such a key after plain text in a flow mapping: the field that was split and its whole text as the
    /// editor meant it (every piece a comma split off); null for any other unknown key.
    /// </summary>
    private static (string Key, string Text)? SplitText(YamlMapping mapping, IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> children, int index)
    {
        static bool IsPiece(KeyValuePair<YamlValue, YamlValue> child) =>
            child.Key is YamlScalar { Style: ScalarStyle.Plain, Value.Length: > 0 } && child.Value is YamlScalar { Value: "" };

        if (mapping.Style != MappingStyle.Flow || !IsPiece(children[index]))
        {
            return null;
        }

        var first = index;
        while (first > 0 && IsPiece(children[first - 1]))
        {
            first--;
        }

        if (first == 0 || children[first - 1] is not { Key: YamlScalar { Value: var key }, Value: YamlScalar { Style: ScalarStyle.Plain, Value: { Length: > 0 } text } })
        {
            return null;
        }

        var pieces = children.Skip(first).TakeWhile(IsPiece).Select(c => ((YamlScalar)c.Key).Value);
        return (key, string.Join(", ", [text, .. pieces]));
    }

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourceDocument Document => _document;

    /// <summary>Where the mapping itself starts: for problems with the whole item, such as a missing field.</summary>
    public SourceSpan Span => _document.At(_mapping);

    public SourceSpan SpanOf(string key) => _fields.TryGetValue(key, out var node) ? _document.At(node) : Span;

    public string? Text(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        return scalar?.Value.Trim();
    }

    /// <summary>What an id (of a risk or a goal) may look like: it becomes part of link targets and file names.</summary>
    public const string IdPattern = @"^[A-Za-z0-9][A-Za-z0-9-]{0,39}\z";

    /// <summary>A required id: ASCII letters, digits and hyphens, starting with a letter or digit, at most 40 characters.</summary>
    public string? Id(string key)
    {
        var id = Text(key, required: true);
        if (id is null || IdShape().IsMatch(id))
        {
            return id;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidId, SpanOf(key),
            $"«{id}» kan ikke brukes som {key}. Bruk bare bokstavene A–Z og a–z, sifrene 0–9 og bindestrek, og start med en bokstav eller et siffer, for eksempel R12 eller netto-driftsresultat.");
        return null;
    }

    /// <summary>An address to link to; one that <see cref="SafeUrl"/> does not allow is reported and left out.</summary>
    public string? Url(string key)
    {
        var url = Text(key);
        if (url is null || SafeUrl.IsSafe(url))
        {
            return url;
        }

        _diagnostics.Error(DiagnosticCodes.UnsafeUrl, SpanOf(key), $"Adressen «{url}» i «{key}» kan ikke brukes som lenke. {SafeUrl.Advice}");
        return null;
    }

    public MarkdownText? Markdown(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is null)
        {
            return null;
        }

        // Block scalars (| and >) start on the line after the key, at their indentation; plain ones right after
        // the key, quoted ones after their opening quote. Problems inside are then reported where the editor sees them.
        var line = (int)scalar.Start.Line + _document.YamlLineOffset;
        var origin = scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => new SourceSpan(_document.Path, line + 1, _document.BlockColumn(scalar.Start.Index)),
            YamlDotNet.Core.ScalarStyle.Plain => new SourceSpan(_document.Path, line, (int)scalar.Start.Column),
            _ => new SourceSpan(_document.Path, line, (int)scalar.Start.Column + 1),
        };
        return new MarkdownText(scalar.Value, origin);
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var date = PartialDate.TryParse(scalar.Value);
        if (date is null)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidDate, _document.At(scalar),
                $"«{scalar.Value}» er ikke en gyldig dato i «{key}». Skriv 2024-03-18 (dag), 2024-06 (måned), 2024-Q2 (kvartal), 2024-H2 (halvår) eller 2024 (år).");
        }

        return date;
    }

    public decimal? Number(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            if (Math.Abs(number) <= MaxNumber)
            {
                return number;
            }

            _diagnostics.Error(DiagnosticCodes.NumberOutOfRange, _document.At(scalar),
                $"«{scalar.Value}» i «{key}» er urimelig stort. Skriv et tall mellom -{MaxNumber} og {MaxNumber}.");
            return null;
        }

        var advice = scalar.Value.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)) ? " Skriv tallet med sifrene 0–9."
            : scalar.Value.Contains(',') ? $" Bruk punktum som desimaltegn: {scalar.Value.Replace(',', '.')}."
            : " Skriv et tall, for eksempel 4.5.";
        _diagnostics.Error(DiagnosticCodes.InvalidNumber, _document.At(scalar), $"«{scalar.Value}» i «{key}» er ikke et tall.{advice}");
        return null;
    }

    public int? Integer(string key)
    {
        var number = Number(key);
        if (number is null)
        {
            return null;
        }

        if (number != decimal.Truncate(number.Value))
        {
            _diagnostics.Error(DiagnosticCodes.InvalidNumber, SpanOf(key), $"«{key}» må være et helt tall, for eksempel 3.");
            return null;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            _diagnostics.Error(DiagnosticCodes.NumberOutOfRange, SpanOf(key), $"«{key}» er for stort. Skriv et helt tall mellom {int.MinValue} og {int.MaxValue}, for eksempel 3.");
            return null;
        }

        return (int)number.Value;
    }

    public bool Bool(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is null)
        {
            return false;
        }

        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(scalar), $"«{key}» må være true eller false, ikke «{scalar.Value}».");
        return false;
    }

    public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum
    {
        var scalar = Scalar(key, required);
        return scalar is null ? null : ParseEnum<T>(key, scalar);
    }

    public ImmutableArray<T> EnumList<T>(string key) where T : struct, System.Enum =>
        [.. ScalarList(key).Select(s => ParseEnum<T>(key, s)).OfType<T>().Distinct()];

    public ImmutableArray<string> TextList(string key) =>
        [.. ScalarList(key).Select(s => s.Value.Trim()).Where(s => s.Length > 0)];

    /// <summary>Each scalar of a list with where it stands, for references that are checked later.</summary>
    public IEnumerable<(string Value, SourceSpan Span)> TextListWithSpans(string key) =>
        ScalarList(key).Where(s => !string.IsNullOrWhiteSpace(s.Value)).Select(s => (s.Value.Trim(), _document.At(s)));

    public Money? Money(string key)
    {
        if (!_fields.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        const string advice = "Skriv et helt kronebeløp (120000) eller et spenn ([200000, 400000]), med sifrene 0–9.";
        var tooLarge = (node is YamlSequence sequence ? sequence.Children : [node]).OfType<YamlScalar>()
            .FirstOrDefault(s => s.Value is var v && v.All(char.IsAsciiDigit)
                && (v.Length > 19 || (long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a > Model.Money.Max)));
        if (tooLarge is not null)
        {
            _diagnostics.Error(DiagnosticCodes.NumberOutOfRange, _document.At(tooLarge),
                $"Beløpet {tooLarge.Value} i «{key}» er urimelig stort. Skriv beløpet i hele kroner, høyst {Model.Money.Max}.");
            return null;
        }

        switch (node)
        {
            case YamlScalar scalar when long.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount):
                return Model.Money.Exact(amount);
            case YamlSequence { Children.Count: 2 } range
                when range.Children.All(c => c is YamlScalar s && long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _)):
                var low = long.Parse(((YamlScalar)range.Children[0]).Value, CultureInfo.InvariantCulture);
                var high = long.Parse(((YamlScalar)range.Children[1]).Value, CultureInfo.InvariantCulture);
                if (low <= high)
                {
                    return new Money(low, high);
                }

                _diagnostics.Error(DiagnosticCodes.InvalidMoney, _document.At(node), $"Spennet i «{key}» må ha det minste beløpet først: [{high}, {low}].");
                return null;
            default:
                _diagnostics.Error(DiagnosticCodes.InvalidMoney, _document.At(node), $"«{key}» er ikke et gyldig beløp. {advice}");
                return null;
        }
    }

    /// <summary>The mappings of a list field, each as a reader of its own with the keys it allows.</summary>
    public IEnumerable<FieldReader> Items(string key, IReadOnlyList<string> allowedKeys)
    {
        if (!_fields.TryGetValue(key, out var node) || IsNull(node))
        {
            yield break;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(node),
                $"«{key}» må være en liste, med hvert punkt på en egen linje som starter med «- ».");
            yield break;
        }

        foreach (var child in sequence.Children)
        {
            if (child is YamlMapping mapping)
            {
                yield return new FieldReader(_document, mapping, _diagnostics, allowedKeys);
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(child),
                    $"Hvert punkt i «{key}» må ha feltene {string.Join(", ", allowedKeys)}, for eksempel «- {{ {allowedKeys[0]}: … }}».");
            }
        }
    }

    /// <summary>A field written either as one mapping or as a list of them (<c>source: { id: a }</c> or <c>source: [{ id: a }, { id: b }]</c>).</summary>
    public IEnumerable<FieldReader> OneOrMany(string key, IReadOnlyList<string> allowedKeys) =>
        _fields.TryGetValue(key, out var node) && node is YamlMapping
            ? [new FieldReader(_document, (YamlMapping)node, _diagnostics, allowedKeys)]
            : Items(key, allowedKeys);

    public FieldReader? Section(string key, IReadOnlyList<string> allowedKeys)
    {
        if (!_fields.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        if (node is YamlMapping mapping)
        {
            return new FieldReader(_document, mapping, _diagnostics, allowedKeys);
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(node),
            $"«{key}» må inneholde felt på egne linjer med innrykk: {string.Join(", ", allowedKeys)}.");
        return null;
    }

    public void RequireOrder(PartialDate? start, PartialDate? end, string startKey, string endKey)
    {
        if (start is not null && end is not null && end.End < start.Start)
        {
            _diagnostics.Error(DiagnosticCodes.EndBeforeStart, SpanOf(endKey),
                $"«{endKey}» ({end.Iso}) er før «{startKey}» ({start.Iso}). Sjekk datoene; slutt kan ikke være før start.");
        }
    }

    private T? ParseEnum<T>(string key, YamlScalar scalar) where T : struct, System.Enum
    {
        var value = scalar.Value;
        if (EnumKeys.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        var allowed = EnumKeys.AllOf<T>();
        var suggestion = Suggestions.Closest(value, allowed);
        var hint = suggestion is null ? "" : $"Mente du «{suggestion}»? ";
        _diagnostics.Error(DiagnosticCodes.UnknownEnumValue, _document.At(scalar),
            $"Ukjent verdi «{value}» i «{key}». {hint}Tillatte verdier: {string.Join(", ", allowed)}.");
        return null;
    }

    private YamlScalar? Scalar(string key, bool required)
    {
        if (!_fields.TryGetValue(key, out var node) || IsNull(node))
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingField, Span, $"Feltet «{key}» mangler. Legg til en linje «{key}: …».");
            }

            return null;
        }

        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(node),
            $"«{key}» skal være en enkelt verdi på samme linje (for eksempel «{key}: tekst»), ikke en liste eller en gruppe felt.");

        return null;
    }

    private IEnumerable<YamlScalar> ScalarList(string key)
    {
        if (!_fields.TryGetValue(key, out var node) || IsNull(node))
        {
            return [];
        }

        if (node is YamlSequence sequence)
        {
            var scalars = sequence.Children.OfType<YamlScalar>().ToList();
            foreach (var other in sequence.Children.Where(c => c is not YamlScalar))
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(other), $"Hvert punkt i «{key}» må være en enkel verdi.");
            }

            return scalars;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, _document.At(node),
            $"«{key}» må være en liste, for eksempel «{key}: [a, b]» eller med ett punkt per linje som starter med «- ».");
        return [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(IdPattern)]
    private static partial System.Text.RegularExpressions.Regex IdShape();

    private static bool IsNull(YamlValue node) =>
        node is YamlScalar { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" };
}
