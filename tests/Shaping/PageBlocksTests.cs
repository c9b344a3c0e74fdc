using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Shaping;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Shaping;

/// <summary>Which parts of a page are shown is decided in C#: an empty programme gets its "none" lines, a full one its lists.</summary>
public class PageBlocksTests
{
    private static readonly UiStrings Strings = Labels.Strings;

    [Fact]
    public void The_front_page_of_a_programme_without_subprojects_says_so_and_leaves_out_counts_and_updates()
    {
        var home = Shaper(Make.Site([])).Home();

        Assert.Equal(["glance-report", "glance-next"], home.Glance.Select(Name));
        Assert.Equal("no-subprojects", Name(home.Status));
        Assert.Equal("no-milestones", Name(home.UpcomingList));
        Assert.Empty(home.Latest);
    }

    [Fact]
    public void The_front_page_of_a_running_programme_shows_its_counts_cards_milestones_and_updates()
    {
        var subproject = Make.Subproject("a") with { Milestones = [new Milestone("Vedtak", Make.Date("2024-09"), MilestoneStatus.Planned, null)] };

        var home = Shaper(Make.Site([subproject], updates: [Make.Update("2024-05-01-mai", "2024-05-01", "a")])).Home();

        Assert.Equal(["glance-report", "glance-counts", "glance-next"], home.Glance.Select(Name));
        Assert.Equal("cards", Name(home.Status));
        Assert.Equal("upcoming", Name(home.UpcomingList));
        Assert.Equal(["latest-updates"], home.Latest.Select(Name));
    }

    [Fact]
    public void The_goals_page_without_goals_or_aims_says_so_and_shows_measures_only_when_there_are_some()
    {
        Assert.Equal(["none"], Shaper(Make.Site([])).Goals().Page.Sections.Select(Name));

        var subproject = Make.Subproject("a") with { Measures = [new Measure("Tiltak", MeasureStatus.Planned, null, null, null, Money.Exact(1000), null, null, null, null, [])] };
        Assert.Equal(["none", "measures"], Shaper(Make.Site([subproject])).Goals().Page.Sections.Select(Name));
    }

    [Fact]
    public void Milestone_and_subproject_lists_of_an_empty_programme_say_there_are_none()
    {
        var shaper = Shaper(Make.Site([]));

        Assert.Equal(["none"], shaper.Milestones().Page.Sections.Select(Name));
        Assert.Equal(["none"], shaper.Subprojects().Page.Sections.Select(Name));
        Assert.Equal("none", Name(new UpdatesPage([], Paging.Split(Array.Empty<UpdateItem>(), SiteUrls.Updates)[0].Pager).List));
    }

    [Fact]
    public void The_goals_page_shows_the_measure_table_when_it_fits_and_links_the_lists_on_pages_of_their_own_when_they_do_not()
    {
        var measure = new Measure("Tiltak", MeasureStatus.Planned, null, null, null, Money.Exact(1000), null, null, null, null, []);
        var few = Make.Subproject("a") with { Measures = [measure] };
        var many = Make.Subproject("b") with { Measures = [.. Enumerable.Repeat(measure, Paging.MaxItems + 1)] };

        Assert.Equal(["measure-table"], Shaper(Make.Site([few])).Goals().Page.MeasureLists.Select(Name));
        Assert.Equal(["elsewhere"], Shaper(Make.Site([many])).Goals().Page.MeasureLists.Select(Name));
    }

    [Fact]
    public void The_milestones_page_of_a_small_programme_has_its_calendar_link_chart_phases_and_years()
    {
        var subproject = Make.Subproject("a") with { Milestones = [new Milestone("Vedtak", Make.Date("2024-09"), MilestoneStatus.Planned, null)] };

        Assert.Equal(["calendar", "timeline", "phases", "by-year"], Shaper(Make.Site([subproject])).Milestones().Page.Sections.Select(Name));
    }

    [Fact]
    public void A_source_shows_its_date_and_issuer_even_when_unknown_its_file_and_address_only_when_given_and_says_when_nothing_cites_it()
    {
        var bare = new ProgrammeSource("notat", "Notatet", null, null, null);
        var full = new ProgrammeSource("rapport", "Rapporten", Make.Date("2024-03-18"), "Rådmannen", "https://example.org/r") { File = "rapport.pdf" };
        var subproject = Make.Subproject("a") with { Sources = [new SourceCitation("rapport", "2–5")] };
        var site = Make.Site([subproject]) with { Programme = Make.Site([]).Programme with { Sources = [bare, full] } };

        var sources = Shaper(site).Sources().Sources;

        Assert.Equal(["kilde-notat", "kilde-rapport"], sources.Select(s => s.Anchor));
        Assert.Equal([new DateFact("Dato", null), new TextFact("Utgitt av", null)], sources[0].Facts.Take(2));
        Assert.Equal(2, sources[0].Facts.Count);
        Assert.Equal("no-uses", Name(sources[0].Uses));
        Assert.Equal(["date", "text", "link", "link"], sources[1].Facts.Select(f => Path.GetFileNameWithoutExtension(f.Partial)));
        Assert.Equal(new LinkFact("Dokumentet", "https://example.org/r", "https://example.org/r"), sources[1].Facts[3]);
        Assert.Equal("uses", Name(sources[1].Uses));
        Assert.Equal([new SourceUse("Tittel a", "/delprosjekter/a/", "2–5")], sources[1].Uses.Item);
    }

    [Fact]
    public void A_source_that_many_pages_build_on_lists_the_first_hundred_and_says_how_many_more()
    {
        var source = new ProgrammeSource("rapport", "Rapporten", null, null, null);
        var subprojects = Enumerable.Range(1, PageShaper.SourceUsesListed + 1234)
            .Select(i => Make.Subproject($"d{i:00000}") with { Sources = [new SourceCitation("rapport", null)] }).ToList();
        var site = Make.Site(subprojects) with { Programme = Make.Site([]).Programme with { Sources = [source] } };

        var view = Assert.Single(Shaper(site).Sources().Sources);

        Assert.Equal(PageShaper.SourceUsesListed, view.Uses.Item.Count);
        Assert.Equal("/delprosjekter/d00001/", view.Uses.Item[0].Url);
        Assert.Equal("… og 1 234 til. Hver av sidene viser kildene sine.", view.More?.Item.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Fact]
    public void A_source_with_a_hundred_uses_lists_them_all()
    {
        var source = new ProgrammeSource("rapport", "Rapporten", null, null, null);
        var subprojects = Enumerable.Range(1, PageShaper.SourceUsesListed)
            .Select(i => Make.Subproject($"d{i:00000}") with { Sources = [new SourceCitation("rapport", null)] }).ToList();
        var site = Make.Site(subprojects) with { Programme = Make.Site([]).Programme with { Sources = [source] } };

        var view = Assert.Single(Shaper(site).Sources().Sources);

        Assert.Equal(PageShaper.SourceUsesListed, view.Uses.Item.Count);
        Assert.Null(view.More);
    }

    [Fact]
    public void The_communication_page_without_plan_audiences_or_messages_shows_only_the_line_saying_there_are_no_messages()
    {
        var page = Shaper(Make.Site([])).Communication();

        Assert.Equal(["messages"], page.Sections.Select(Name));
        Assert.Equal("no-messages", Name(page.Messages));
    }

    [Fact]
    public void The_communication_page_shows_its_plan_audiences_and_messages_when_it_has_them()
    {
        var programme = Make.Site([]).Programme with { CommunicationPlan = Make.Text("Planen."), CommunicationAudiences = [new PlanAudience(Audience.Citizens, null)] };
        var site = Make.Site([], messages: [Make.Message("2024-05-02-info", "2024-05-02")]) with { Programme = programme };

        var page = Shaper(site).Communication();

        Assert.Equal(["plan", "audiences", "messages"], page.Sections.Select(Name));
        Assert.Equal("months", Name(page.Messages));
        Assert.DoesNotContain("plan", Shaper(Make.Site([]) with { Programme = programme with { CommunicationPlan = Make.Text(" ") } }).Communication().Sections.Select(Name));
    }

    [Fact]
    public void An_audience_page_links_the_other_audiences_only_when_there_are_others_and_marks_its_own()
    {
        var alone = Shaper(Make.Site([], messages: [Make.Message("2024-05-02-info", "2024-05-02")])).Audience(Audience.Employees);
        Assert.Equal(["messages"], alone.Sections.Select(Name));
        Assert.Equal("Meldinger i kommunikasjonsplanen som er rettet mot ansatte, etter måned.", alone.Intro);

        var programme = Make.Site([]).Programme with { CommunicationAudiences = [new PlanAudience(Audience.Citizens, null)] };
        var site = Make.Site([], messages: [Make.Message("2024-05-02-info", "2024-05-02")]) with { Programme = programme };
        var page = Shaper(site).Audience(Audience.Employees);

        Assert.Equal(["audience-nav", "messages"], page.Sections.Select(Name));
        Assert.Equal(["page", null], page.Audiences.OrderBy(a => a.Audience != Audience.Employees).Select(a => a.AriaCurrent));
    }

    [Fact]
    public void An_update_page_shows_its_summary_and_text_only_when_it_has_them()
    {
        var bare = Make.Update("2024-05-01-mai", "2024-05-01");
        var full = bare with { Summary = "Kort.", Body = Make.Text("Teksten.") };

        Assert.Empty(Shaper(Make.Site([], updates: [bare])).Update(bare).Text);
        Assert.Equal(["lead", "body"], Shaper(Make.Site([], updates: [full])).Update(full).Text.Select(Name));
    }

    [Fact]
    public void The_search_page_says_when_it_lists_only_the_main_sections()
    {
        var pages = Enumerable.Range(0, Paging.MaxItems + 1).Select(i => new PageLink($"/{i}/", $"Side {i}", null)).ToList();

        Assert.Null(PageShaper.Search(pages.Take(3).ToList(), 2).SectionsNote);
        Assert.Equal("sections-only", Name(PageShaper.Search(pages, 2).SectionsNote!));
    }

    [Fact]
    public void A_glossary_term_without_expansion_or_explanation_is_shown_as_not_given()
    {
        Assert.NotNull(new GlossaryEntry(new GlossaryTerm("ØHD", null, null)).NotGiven);
        Assert.Null(new GlossaryEntry(new GlossaryTerm("ØHD", "Øyeblikkelig hjelp døgnopphold", null)).NotGiven);
        Assert.Null(new GlossaryEntry(new GlossaryTerm("ØHD", null, "Senger for akutt hjelp.")).NotGiven);
    }

    [Fact]
    public void A_change_names_the_pages_it_touched_only_when_the_site_has_some()
    {
        Assert.Null(new ChangeItem(Make.Date("2024-05-01"), "Retting", "c1", []).PagesLine);
        Assert.Equal([new PageLink("/a/", "A", null)], new ChangeItem(Make.Date("2024-05-01"), "Retting", "c1", [new PageLink("/a/", "A", null)]).PagesLine!.Item);
    }

    [Fact]
    public void An_open_data_file_has_its_section_anchor_and_a_caption_naming_the_file()
    {
        var file = PageShaper.Data([new SiteGen.Emit.OpenDataTable("tiltak.csv", "Tiltak", [])], Strings).Files.Single();

        Assert.Equal(("fil-tiltak", "Kolonner i tiltak.csv"), (file.Anchor, file.Caption));
    }

    private static string Name(IPartialView block) => Path.GetFileNameWithoutExtension(block.Partial);

    private static PageShaper Shaper(SiteModel site)
    {
        var index = new SiteIndex(site);
        return new PageShaper(site, index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Strings);
    }
}
