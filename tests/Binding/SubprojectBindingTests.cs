using SiteGen.Binding;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Binding;

public class SubprojectBindingTests
{
    private const string Programme = "name: Testprogrammet\norganisation: Testkommune\nsummary: Et program for tester.\n";

    [Fact]
    public void Binds_every_field_of_a_subproject()
    {
        var bound = Bind("""
            ---
            title: Innkjøp
            summary: Kortere innkjøp.
            status: active
            health: at_risk
            health_note: Kartleggingen tar tid.
            start: 2024-01
            end: 2024-H2
            owner: Kommunedirektør
            lead: Innkjøpssjef
            parent: hoved
            objective: Økt *avtaledekning*.
            order: 3
            phases:
              - { title: Kartlegging, start: 2024-01, end: 2024-03, status: completed }
            milestones:
              - { title: Rapport, date: 2024-Q3, status: delayed, note: Utsatt }
            measures:
              - { title: E-handel, status: in_progress, owner: Innkjøp, due: 2024-06, estimate: [200000, 400000] }
              - { title: Færre bestillere, status: implemented, estimate: 120000 }
            gains:
              - { type: cost, description: Lavere priser, estimate: 120000, period: 2024-H2 }
            a3:
              date: 2024-05-24
              root_causes: For mange bestillere.
            ---
            Mandatet.
            """, "innkjop");

        var subproject = Assert.Single(bound.Subprojects, s => s.Slug == "innkjop");
        Assert.Equal("Innkjøp", subproject.Title);
        Assert.Equal(SubprojectStatus.Active, subproject.Status);
        Assert.Equal(Health.AtRisk, subproject.Health);
        Assert.Equal("2024-H2", subproject.End!.Iso);
        Assert.Equal("hoved", subproject.Parent);
        Assert.Equal(3, subproject.Order);
        Assert.Equal(PhaseStatus.Completed, Assert.Single(subproject.Phases).Status);
        Assert.Equal(MilestoneStatus.Delayed, Assert.Single(subproject.Milestones).Status);
        Assert.Equal(new Money(200000, 400000), subproject.Measures[0].Estimate);
        Assert.Equal(Money.Exact(120000), subproject.Measures[1].Estimate);
        Assert.Equal(GainType.Cost, Assert.Single(subproject.Gains).Type);
        Assert.Equal("For mange bestillere.", subproject.A3!.RootCauses!.Source);
        Assert.Equal("Mandatet.", subproject.Body.Source.Trim());
    }

    [Fact]
    public void Reports_a_misspelt_key_with_a_suggestion_and_its_line()
    {
        var diagnostics = new DiagnosticBag();
        Bind("---\ntitle: Innkjøp\nstatuss: active\n---\n", "innkjop", diagnostics);

        var unknown = Assert.Single(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(3, unknown.Span.Line);
        Assert.Equal(1, unknown.Span.Column);
        Assert.Contains("Mente du «status»?", unknown.Message);
    }

    private static BoundContent Bind(string subproject, string slug, DiagnosticBag? diagnostics = null)
    {
        using var content = new TempDirectory();
        File.WriteAllText(content.Combine("programme.yml"), Programme);
        Directory.CreateDirectory(content.Combine("subprojects"));
        File.WriteAllText(content.Combine("subprojects", "hoved.md"), "---\ntitle: Hoved\nstatus: active\n---\n");
        File.WriteAllText(content.Combine("subprojects", slug + ".md"), subproject);
        diagnostics ??= new DiagnosticBag();
        var documents = new ContentLoader(diagnostics, p => p).Load(content.Path);
        return ContentBinder.Bind(documents, diagnostics);
    }
}
