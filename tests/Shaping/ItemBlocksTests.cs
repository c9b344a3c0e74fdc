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

    private static string Name(IPartialView view) => Path.GetFileNameWithoutExtension(view.Partial);
}
