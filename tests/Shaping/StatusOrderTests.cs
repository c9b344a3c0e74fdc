using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class StatusOrderTests
{
    [Fact]
    public void Groups_follow_the_documented_order_and_leave_out_statuses_nobody_has()
    {
        var subprojects = new[]
        {
            Make.Subproject("a", status: SubprojectStatus.Completed),
            Make.Subproject("b", status: SubprojectStatus.Planned),
            Make.Subproject("c", status: SubprojectStatus.Active),
            Make.Subproject("d", status: SubprojectStatus.Planned),
        };

        var groups = StatusOrder.Group(subprojects, s => s.Status);

        Assert.Equal([SubprojectStatus.Active, SubprojectStatus.Planned, SubprojectStatus.Completed], groups.Select(g => g.Status));
        Assert.Equal(["b", "d"], groups[1].Items.Select(s => s.Slug));
        Assert.Equal(2, groups[1].Count);
    }

    [Fact]
    public void Every_status_has_one_place_in_the_order() =>
        Assert.Equal(Enum.GetValues<SubprojectStatus>().Order(), StatusOrder.All.Order());
}
