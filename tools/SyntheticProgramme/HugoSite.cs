namespace SyntheticProgramme;

/// <summary>
/// The same programme as a plain Hugo site: the content files unchanged in Hugo's sections, the programme and
/// the risk register as Hugo data, and the layouts under <c>hugo/</c> that show what our pages show.
/// </summary>
public static class HugoSite
{
    private const string ResourcePrefix = "hugo/";

    public static IEnumerable<SyntheticFile> From(IEnumerable<SyntheticFile> content) =>
        content.Select(Moved).Concat(Layouts());

    private static SyntheticFile Moved(SyntheticFile file)
    {
        var (folder, name) = file.Path.LastIndexOf('/') is var slash and >= 0 ? (file.Path[..slash], file.Path[(slash + 1)..]) : ("", file.Path);
        var path = (folder, name) switch
        {
            ("", "programme.yml") => "data/programme.yaml",
            ("", "risks.yml") => "data/risks.yaml",
            ("subprojects", _) => $"content/delprosjekter/{name}",
            ("updates", _) => $"content/oppdateringer/{name}",
            ("communication", _) => $"content/kommunikasjonsplan/{name}",
            ("pages", _) => $"content/{name}",
            _ => throw new ArgumentException($"No place in the Hugo site for {file.Path}"),
        };
        return file with { Path = path };
    }

    private static IEnumerable<SyntheticFile> Layouts()
    {
        var assembly = typeof(HugoSite).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return new(name[ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }
}
