using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class SiteIndexTests
{
    [Fact]
    public void Resolves_parent_parts_updates_messages_and_risks_of_a_subproject()
    {
        var parent = Make.Subproject("helse");
        var kad = Make.Subproject("kad", parent: "helse");
        var torn = Make.Subproject("torn", parent: "helse");
        var site = Make.Site(
            [parent, kad, torn],
            updates: [Make.Update("2024-05-01-mai", "2024-05-01", "kad", "kad", "helse"), Make.Update("2024-03-01-mars", "2024-03-01", "torn")],
            messages: [Make.Message("m1", "2024-05-02", "2024-05-01-mai", MessageStatus.Published, "kad"), Make.Message("m2", "2024-05-03", subprojects: "ukjent")],
            risks: [Make.Risk("R1", "helse", "kad"), Make.Risk("R2")]);

        var index = new SiteIndex(site);

        Assert.Same(parent, index.ParentOf(kad));
        Assert.Null(index.ParentOf(parent));
        Assert.Equal(["kad", "torn"], index.PartsOf(parent).Select(s => s.Slug));
        Assert.Equal(["2024-05-01-mai"], index.UpdatesOf(kad).Select(u => u.Slug));
        Assert.Equal(["m1"], index.MessagesOf(kad).Select(m => m.Slug));
        Assert.Equal(["R1"], index.RisksOf(parent).Select(r => r.Id));
        Assert.Empty(index.RisksOf(torn));
        Assert.Equal(["m1"], index.MessagesOf(site.Updates[0]).Select(m => m.Slug));
        Assert.Equal(["kad", "helse"], index.Subprojects(site.Updates[0].Subprojects).Select(s => s.Slug));
        Assert.Empty(index.Subprojects(["ukjent"]));
    }
}
