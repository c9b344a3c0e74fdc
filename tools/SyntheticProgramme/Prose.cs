using System.Text;

namespace SyntheticProgramme;

/// <summary>Norwegian-looking sentences and Markdown made from a fixed word list, so pages have realistic length and shape.</summary>
internal sealed class Prose(Prng random)
{
    private static readonly string[] Nouns =
    [
        "kommunen", "enheten", "tjenesten", "budsjettet", "arbeidsgruppen", "ledergruppen", "kartleggingen", "rapporten",
        "tiltaket", "gevinsten", "prosessen", "innbyggerne", "de ansatte", "tillitsvalgte", "skolen", "barnehagen",
        "hjemmetjenesten", "sykehjemmet", "avtalen", "innkjøpet", "systemet", "rutinen", "planen", "styringsgruppen",
        "prosjektlederen", "økonomiteamet", "rådgiveren", "kommunestyret", "driftsnivået", "sykefraværet",
    ];

    private static readonly string[] Verbs =
    [
        "vurderer", "gjennomfører", "kartlegger", "følger opp", "styrker", "forenkler", "samordner", "dokumenterer",
        "prioriterer", "utreder", "evaluerer", "forbedrer", "reduserer", "involverer", "rapporterer om",
    ];

    private static readonly string[] Objects =
    [
        "ressursbruken", "arbeidsflyten", "kvaliteten i tjenesten", "kostnadene", "samarbeidet på tvers", "rutinene for innkjøp",
        "bemanningen i helgene", "bruken av vikarer", "digitale skjema", "møtestrukturen", "oppfølgingen av avvik",
        "tilbudet til brukerne", "lisensene", "energiforbruket", "ventetiden",
    ];

    private static readonly string[] Endings =
    [
        "i løpet av året", "før neste budsjettrunde", "sammen med de ansatte", "etter avtale med tillitsvalgte",
        "i tråd med vedtaket", "innenfor dagens rammer", "der det gir størst gevinst", "fram mot sommeren",
    ];

    public static readonly string[] TitleWords =
    [
        "Bedre", "Felles", "Digital", "Smartere", "Samordnet", "Forenklet", "Helhetlig", "Ny", "Styrket", "Effektiv",
    ];

    public static readonly string[] TitleTopics =
    [
        "innkjøp", "turnus", "hjemmetjeneste", "skoleskyss", "renhold", "saksbehandling", "vikarbruk", "bygningsdrift",
        "barnehagedrift", "legevakt", "arkiv", "lisensforvaltning", "energibruk", "sykefraværsoppfølging", "bemanning",
    ];

    public string Sentence()
    {
        var noun = random.Pick(Nouns);
        var text = $"{noun} {random.Pick(Verbs)} {random.Pick(Objects)} {random.Pick(Endings)}.";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public string Paragraph(int sentences) =>
        string.Join(" ", Enumerable.Range(0, sentences).Select(_ => Sentence()));

    public string Phrase() => $"{random.Pick(Verbs)} {random.Pick(Objects)}";

    /// <summary>A body of a few kilobytes: headings, paragraphs, a list, a table and links to other pages of the site.</summary>
    public string Body(IReadOnlyList<string> links)
    {
        var text = new StringBuilder();
        text.Append(Wrapped(Paragraph(random.Between(4, 6)))).Append('\n');
        foreach (var heading in new[] { "Bakgrunn", "Slik jobber vi", "Hva skjer videre" })
        {
            text.Append("## ").Append(heading).Append("\n\n");
            for (var i = random.Between(1, 3); i > 0; i--)
            {
                text.Append(Wrapped(Paragraph(random.Between(3, 6)))).Append('\n');
            }
        }

        text.Append("Viktige punkter:\n\n");
        for (var i = random.Between(3, 6); i > 0; i--)
        {
            text.Append("- ").Append(Sentence()).Append('\n');
        }

        text.Append("\n| Område | Ansvar | Merknad |\n|---|---|---|\n");
        for (var i = random.Between(2, 4); i > 0; i--)
        {
            text.Append($"| {random.Pick(TitleTopics)} | {random.Pick(Nouns)} | {Phrase()} |\n");
        }

        text.Append('\n');
        foreach (var (link, i) in links.Select((l, i) => (l, i)))
        {
            text.Append($"Se også [{random.Pick(TitleTopics)} {i + 1}]({link}). ");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Lines of about 80 characters, as editors write them.</summary>
    private static string Wrapped(string paragraph)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (line > 0 && line + word.Length > 78)
            {
                text.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                text.Append(' ');
                line++;
            }

            text.Append(word);
            line += word.Length;
        }

        return text.Append('\n').ToString();
    }
}
