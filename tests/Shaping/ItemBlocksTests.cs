using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

/// <summary>Which pieces of a row or list item are shown, and how, is decided in C#: the risk tables and the messages.</summary>
public class ItemBlocksTests
{
    [Fact]
    public void The_register_has_the_marks_and_owner_columns_only_when_some_risk_has_them_and_a_short_table_is_drawn_by_its_own_partial()
    {
        var site = Make.Site([Make.Subproject("a")], risks: [Make.Risk("R1", "a"), Make.Risk("R2") with { Owner = "Rådmannen" }]);
        var items = new ItemFactory(new SiteIndex(site), site.AsOf);

        var register = items.Risks(site.Risks, full: true);
        var short_ = items.Risks(site.Risks, full: false);

        Assert.Equal(("register", "short-table"), (Name(register), Name(short_)));
        Assert.Null(register.MarksHeading);
        Assert.Null(register.MarksCell);
        Assert.Equal(("owner-heading", "owner-cell"), (Name(register.OwnerHeading!), Name(register.OwnerCell!)));
        Assert.Null(items.Risks([Make.Risk("R1")], full: true).OwnerHeading);
    }

    [Fact]
    public void A_risk_concerns_its_subprojects_or_else_the_programme_and_its_marks_are_listed_or_not_given()
    {
        var site = Make.Site([Make.Subproject("a")]);
        var index = new SiteIndex(site);

        var named = new RiskRow(Make.Risk("R1", "a"), index.Subprojects(["a"]), ["Høy sannsynlighet, stor konsekvens"]);
        var unnamed = new RiskRow(Make.Risk("R2"), [], []);

        Assert.Equal(("subprojects", "programme"), (Name(named.Concerns), Name(unnamed.Concerns)));
        Assert.Equal(("marks", "unset"), (Name(named.MarkList), Name(unnamed.MarkList)));
        Assert.True(new RiskTable([named, unnamed], true, false, null, null).MarksHeading is not null);
    }

    [Fact]
    public void A_message_shows_its_subprojects_and_text_only_in_the_communication_plan()
    {
        var message = Make.Message("2024-05-02-info", "2024-05-02", subprojects: "a") with { Body = Make.Text("Teksten.") };
        var site = Make.Site([Make.Subproject("a")], messages: [message]);
        var items = new ItemFactory(new SiteIndex(site), site.AsOf);

        var listed = items.Message(message);
        var inPlan = items.MessageMonths([message])[0].Messages[0];

        Assert.Null(listed.SubprojectsFact);
        Assert.Null(listed.Text);
        Assert.Equal("subprojects", Name(inPlan.SubprojectsFact!));
        Assert.Equal("text", Name(inPlan.Text!));
        Assert.Null((inPlan with { Message = message with { Body = Make.Text("") } }).Text);
    }

    [Fact]
    public void A_message_without_audiences_or_channels_says_they_are_not_given()
    {
        var message = Make.Message("2024-05-02-info", "2024-05-02") with { Audiences = [], Channels = [Channel.Intranet] };
        var item = new ItemFactory(new SiteIndex(Make.Site([])), Make.AsOf).Message(message);

        Assert.Equal(("unset", "channels"), (Name(item.AudienceList), Name(item.ChannelList)));
    }

    [Fact]
    public void A_card_lists_its_parts_on_the_subproject_list_counts_them_elsewhere_and_says_nothing_without_parts()
    {
        var site = Make.Site([Make.Subproject("a"), Make.Subproject("b", parent: "a")]);
        var index = new SiteIndex(site);
        var shaper = new PageShaper(site, index, new SourceIndex(site, "Tiltak", "Risiko"), new ItemFactory(index, site.AsOf), Support.Labels.Strings);

        Assert.Equal("part-list", Name(shaper.Subprojects().Page.Groups.Single().Items.Single().PartsBlock!));
        Assert.Equal("part-count", Name(shaper.Home().Cards.Single().PartsBlock!));
        Assert.Null(new ItemFactory(index, site.AsOf).Card(site.Subprojects[1]).PartsBlock);
    }

    [Fact]
    public void A_goal_shows_its_description_chart_and_values_only_when_it_has_them()
    {
        var goal = new Goal("fond", "Fond", GoalUnit.Percent, Comparison.AtLeast, 5, null, Make.Text(" "), []);
        var bare = new GoalView(goal, "mal-1", null, "");
        var value = new GoalValue(Make.Date("2024"), 3, null);
        var reported = new GoalView(goal with { Values = [value], Description = Make.Text("Hvorfor.") }, "mal-1", value, "<svg></svg>");

        Assert.Equal((null, null, "no-values", "glance-not-reported"), (bare.Description, bare.Figure, Name(bare.Values), Name(bare.GlanceLatest)));
        Assert.Equal(("Hvorfor.", "<svg></svg>", "values", "glance-latest"), (reported.Description!.Source, reported.Figure, Name(reported.Values), Name(reported.GlanceLatest)));
    }

    [Fact]
    public void A_sum_notes_how_many_have_no_estimate_only_when_some_have_none()
    {
        Assert.Null(new MeasureTotal(null, 2, 2, Money.Exact(10)).MissingEstimates);
        Assert.Equal(1, new MeasureTotal(null, 2, 1, Money.Exact(10)).MissingEstimates);
        Assert.Null(new GainSum(GainType.Cost, null, 0).MissingEstimates);
    }

    [Fact]
    public void A_matrix_cell_lists_its_ids_or_is_marked_empty_and_a_row_names_its_level_with_its_range()
    {
        var column = new RiskMatrixColumn(RiskKind.Risk, "Stor");
        var level = new RiskLevel("Høy", "50–75 %");

        var empty = new RiskMatrixCell(column, level, []);
        var full = new RiskMatrixCell(column, new RiskLevel("Lav", null), [Make.Risk("R1")]);

        Assert.Equal((null, "cell-empty", "Høy (50–75 %)"), (empty.Ids, Name(empty.EmptyMark!), empty.LevelText));
        Assert.Equal(("cell-ids", null, "Lav"), (Name(full.Ids!), full.EmptyMark, full.LevelText));
        Assert.Null(new RiskMatrixCell(column, null, []).LevelText);
        Assert.Equal(("level", "no-level"), (Name(new RiskMatrixRow(level, []).Heading), Name(new RiskMatrixRow(null, []).Heading)));
    }

    [Fact]
    public void A_list_on_one_page_has_no_page_links_and_a_list_on_several_has_them()
    {
        Assert.Null(Paging.Split(["a"], "/x/")[0].Pager.Nav);
        Assert.Equal("nav", Name(Paging.Split(["a", "b"], "/x/", size: 1)[1].Pager.Nav!));
    }

    [Fact]
    public void A_measure_table_has_the_owner_and_due_columns_only_when_some_measure_has_one()
    {
        var plain = new Measure("Tiltak", MeasureStatus.Planned, null, null, null, null, null, null, null, null, []);

        var without = ItemFactory.Measures([plain]);
        var with = ItemFactory.Measures([plain, plain with { Owner = "Kari", Due = Make.Date("2024-09") }]);

        Assert.Equal((null, null, null, null), (without.OwnerHeading, without.OwnerCell, without.DueHeading, without.DueCell));
        Assert.Equal(["owner-heading", "owner-cell", "due-heading", "due-cell"], new[] { with.OwnerHeading!, with.OwnerCell!, with.DueHeading!, with.DueCell! }.Select(Name));
    }

    private static string Name(IPartialView view) => Path.GetFileNameWithoutExtension(view.Partial);
}
