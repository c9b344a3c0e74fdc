using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Shaping;

public class SubprojectPageShaperTests
{
    private static readonly UiStrings Strings = Labels.Strings;

    [Fact]
    public void The_A3_points_to_the_measures_only_when_there_are_some_and_the_status_table_shows_only_with_history()
    {
        var bare = Make.Subproject("a");
        var measured = bare with { Measures = [new Measure("Tiltak", MeasureStatus.Planned, null, null, null, null, null, null, null, null, [])] };

        Assert.Equal("partials/unset.sbn", Shape(Make.Site([bare]), bare).A3Measures.Partial);
        Assert.Equal("partials/subproject/a3-measures.sbn", Shape(Make.Site([measured]), measured).A3Measures.Partial);
        Assert.Null(Shape(Make.Site([bare]), bare).StatusTable);
        Assert.NotNull((Shape(Make.Site([bare]), bare) with { StatusHistory = [new SiteGen.History.StatusPoint(Make.Date("2024-05-01"), SubprojectStatus.Active, null, "Start")] }).StatusTable);
    }

    [Fact]
    public void A_subproject_page_shows_the_draft_notice_summary_and_text_only_when_it_has_them()
    {
        var bare = Make.Subproject("a");
        var full = Make.Subproject("b") with { Draft = true, Summary = "Kort.", Body = Make.Text("Teksten.") };

        Assert.Empty(Shape(Make.Site([bare]), bare).Intro);
        Assert.Empty(Shape(Make.Site([bare]), bare).Body);
        Assert.Equal(["draft-note", "lead"], Shape(Make.Site([full]), full).Intro.Select(b => Path.GetFileNameWithoutExtension(b.Partial)));
        Assert.Equal(["body"], Shape(Make.Site([full]), full).Body.Select(b => Path.GetFileNameWithoutExtension(b.Partial)));
    }

    [Fact]
    public void Sections_with_nothing_to_show_are_left_out_of_the_page_and_its_table_of_contents()
    {
        var subproject = Make.Subproject("a") with
        {
            Objective = Make.Text("Målet."),
            Involvement = Make.Text("  "),
            Milestones = [new Milestone("Vedtak", Make.Date("2024-09"), MilestoneStatus.Planned, null)],
        };

        var page = Shape(Make.Site([subproject]), subproject);

        Assert.Equal(["s-malet", "s-tidslinje", "s-milepaeler"], page.Toc.Select(s => s.Id));
        Assert.Equal(["s-malet", null, "s-tidslinje", "s-milepaeler"], page.Sections.Select(s => s.Id));
        Assert.Equal(["forventet resultat", "ressurser", "hvem involveres", "hvordan foregår involveringen"], page.NotReported);
    }

    [Fact]
    public void A_subproject_that_reports_every_field_has_no_not_reported_line()
    {
        var text = Make.Text("Svar.");
        var subproject = Make.Subproject("a") with { Objective = text, ExpectedResult = text, Resources = text, Involved = text, Involvement = text };

        var page = Shape(Make.Site([subproject]), subproject);

        Assert.Empty(page.NotReported);
        Assert.DoesNotContain(page.Sections, s => s.Heading is null);
        Assert.Equal(5, page.Toc.Count);
    }

    [Fact]
    public void The_facts_show_what_is_known_and_name_the_missing_ones_once()
    {
        var subproject = Make.Subproject("a") with { Lead = "Kari", Start = Make.Date("2024-01") };

        var page = Shape(Make.Site([subproject]), subproject);

        Assert.Equal(["framdrift", "ansvarlig", "styringsgruppe"], page.MissingFacts);
        Assert.Collection(
            page.Facts,
            f => Assert.Equal(new TagFact("Status", SubprojectStatus.Active), f),
            f => Assert.Equal(new PeriodFact("Periode", Make.Date("2024-01"), null), f),
            f => Assert.Equal(new TextFact("Prosjektleder", "Kari"), f),
            f => Assert.Equal(["framdrift", "ansvarlig", "styringsgruppe"], Assert.IsType<MissingFact>(f).Names));
        Assert.Equal("partials/fact/missing.sbn", page.Facts[^1].Partial);
    }

    [Fact]
    public void A_part_links_its_parent_and_a_parent_counts_its_parts_in_the_facts()
    {
        var parent = Make.Subproject("helse");
        var part = Make.Subproject("kad", parent: "helse");
        var site = Make.Site([parent, part]);

        Assert.Contains(new LinkFact("Del av", SiteUrls.Subproject("helse"), parent.Title), Shape(site, part).Facts);
        Assert.Contains(new PartsFact("Deler", "#s-deler", 1), Shape(site, parent).Facts);
        Assert.Contains(Shape(site, parent).Toc, s => s.Id == "s-deler");
    }

    [Fact]
    public void Parts_updates_messages_and_risks_come_resolved_with_the_rules_applied()
    {
        var parent = Make.Subproject("helse") with
        {
            Phases = [new Phase("Kartlegging", null, Make.Date("2024-03"), PhaseStatus.Active)],
            Milestones = [new Milestone("Rapport", Make.Date("2024-04-01"), MilestoneStatus.Planned, null)],
        };
        var part = Make.Subproject("kad", parent: "helse");
        var site = Make.Site(
            [parent, part],
            updates: [Make.Update("2024-07-01-juli", "2024-07-01", "helse")],
            messages: [Make.Message("m1", "2024-05-02", "2024-07-01-juli", MessageStatus.Published, "helse"), Make.Message("m2", "2024-05-03", "2024-07-01-juli", MessageStatus.Planned, "helse")],
            risks: [Make.Risk("R1", "helse")]);

        var page = Shape(site, parent);

        Assert.Equal(["kad"], page.Parts.Select(c => c.Subproject.Slug));
        Assert.True(Assert.Single(page.Phases).Overdue);
        Assert.True(Assert.Single(page.Milestones).Overdue);
        Assert.True(Assert.Single(page.Updates).Future);
        Assert.Same(site.Updates[0], page.Messages[0].Update);
        Assert.Null(page.Messages[1].Update); // only a published message names the update that carried it
        Assert.Equal("R1", Assert.Single(page.Risks.Rows).Risk.Id);
        Assert.Contains(page.Toc, s => s.Id == "s-deler");
        Assert.Null(page.MeasureTotals);
        Assert.Equal("/delprosjekter/helse/milepaeler.ics", page.Calendar);
    }

    private static SubprojectPage Shape(SiteModel site, Subproject subproject)
    {
        var index = new SiteIndex(site);
        return new SubprojectPageShaper(index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Strings, new TimelineChart(Strings), site.AsOf).Shape(subproject);
    }
}
