namespace SiteGen.Tests.Support;

/// <summary>
/// One to three characters of a text put in, taken out or changed, drawn from a fixed seed: the slips of someone
/// editing by hand, for testing that a quick reader either reads a text as the thorough one does or leaves it alone.
/// </summary>
public sealed class SmallDamage(string alphabet, int seed)
{
    private readonly Random _random = new(seed);

    public string To(string text)
    {
        var damaged = text.ToCharArray().ToList();
        for (var edit = _random.Next(1, 4); edit > 0; edit--)
        {
            var at = _random.Next(damaged.Count);
            switch (_random.Next(3))
            {
                case 0: damaged.Insert(at, alphabet[_random.Next(alphabet.Length)]); break;
                case 1: damaged.RemoveAt(at); break;
                default: damaged[at] = alphabet[_random.Next(alphabet.Length)]; break;
            }
        }

        return new string([.. damaged]);
    }
}
