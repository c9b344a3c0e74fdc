namespace SiteGen.Tests.Support;

/// <summary>
/// The minimal fixture programme in a git repository, edited the way an adviser edits it, one reviewed change per
/// commit: the revisions the diff and history tests read.
/// </summary>
public sealed class ReviewedProgramme : IDisposable
{
    public const string Innkjop = "subprojects/innkjop.md";

    public ReviewedProgramme()
    {
        Repository = new TempGitRepository();
        First = Head;
        MilestoneMoved = Repository.Replace(Innkjop, "date: 2024-03-31", "date: 2024-Q2").Commit("Kartleggingen av innkjøp tar lengre tid");
        StatusChanged = Repository.Replace(Innkjop, "status: active\nhealth: on_track", "status: paused\nhealth: at_risk").Commit("Innkjøp settes på pause");
        RiskRescored = Repository.Replace("risks.yml", "column: Kritisk, row: Liten }\n    probability: 2", "column: Kritisk, row: Stor }\n    probability: 4").Commit("R1 vurdert på nytt i styringsgruppen");
        MeasureReestimated = Repository.Replace(Innkjop, "estimate: [20000, 40000]", "estimate: 60000").Commit("Nytt anslag for e-handel");
        ReportedValue = Repository
            .Replace("programme.yml", "      - { date: 2023-12, value: 2.5, source: Testregnskapet }", "      - { date: 2023-12, value: 2.5, source: Testregnskapet }\n      - { date: 2024-12, value: 3.1, source: Testregnskapet }")
            .Replace("communication/2024-03-20-nyhetsbrev.md", "status: published", "status: cancelled")
            .Commit("Ny verdi for fondet; nyhetsbrevet avlyst");
        UpdateDrafted = Repository.Write("updates/2024-06-20-andre-rapport.md", """
            ---
            title: Andre rapport fra Testprogrammet
            date: 2024-06-20
            summary: Innkjøp er satt på pause.
            kind: report
            subprojects: [innkjop]
            draft: true
            ---
            ## Innkjøp

            Delprosjektet er satt på pause til høsten.
            """).Commit("Utkast til andre rapport");
        UpdatePublished = Repository.Replace("updates/2024-06-20-andre-rapport.md", "draft: true", "draft: false").Commit("Andre rapport publiseres");
        SubprojectsSwapped = Repository
            .Write("subprojects/digitalisering.md", """
                ---
                title: Digitalisering
                summary: Testkommune digitaliserer tjenestene.
                status: planned
                start: 2025-01
                end: 2025-12
                ---
                Digitalisering av tjenestene i Testkommune.
                """)
            .Delete("subprojects/skole.md")
            .Replace("updates/2024-03-18-forste-rapport.md", "subprojects: [innkjop, skole]", "subprojects: [innkjop]")
            .Replace(Innkjop, " Se [skolen](/delprosjekter/skole/).", "")
            .Commit("Nytt delprosjekt for digitalisering; skolestruktur avsluttes");
        PageEdited = Repository.Replace("pages/om.md", "generatoren i Testkommune.", "generatoren i Testkommune.\n\n## Kontakt\n\nSkriv til testkommunen.")
            .Commit("Kontaktinformasjon på om-siden");
        Broken = Repository.Replace(Innkjop, "status: paused", "status: pausd").Commit("Skrivefeil i status");
    }

    public TempGitRepository Repository { get; }

    public string Head => Repository.Git("rev-parse", "HEAD").Trim();

    public string First { get; }

    public string MilestoneMoved { get; }

    public string StatusChanged { get; }

    public string RiskRescored { get; }

    public string MeasureReestimated { get; }

    public string ReportedValue { get; }

    public string UpdateDrafted { get; }

    public string UpdatePublished { get; }

    public string SubprojectsSwapped { get; }

    public string PageEdited { get; }

    /// <summary>The last commit: a status with a typo, which no build or diff may accept.</summary>
    public string Broken { get; }

    public void Dispose() => Repository.Dispose();
}
