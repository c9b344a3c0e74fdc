namespace SiteGen.Cli;

/// <summary>Options of the form <c>--name value</c> and <c>--flag</c>; anything unknown is a usage error.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                _positional.Add(arg);
            }
            else if (flags.Contains(arg))
            {
                _options[arg] = null;
            }
            else if (valueOptions.Contains(arg))
            {
                _options[arg] = e.MoveNext() && !e.Current.StartsWith("--", StringComparison.Ordinal)
                    ? e.Current
                    : throw new UsageException($"{arg} needs a value.");
            }
            else
            {
                var known = string.Join(", ", valueOptions.Concat(flags).Order(StringComparer.Ordinal));
                throw new UsageException($"Unknown option {arg}. Known options: {known}.");
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public void RequireNoPositional()
    {
        if (_positional.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{_positional[0]}'.");
        }
    }

    public string? Value(string option) => _options.GetValueOrDefault(option);

    public bool Flag(string option) => _options.ContainsKey(option);
}
