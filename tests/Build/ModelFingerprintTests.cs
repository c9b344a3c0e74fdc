using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Shaping;
using SiteGen.Tests.Shaping;

namespace SiteGen.Tests.Build;

/// <summary>
/// What a preview session's digests of page models must tell apart: a list page is rendered again only when its
/// digest changes, and the digests of the content objects on it are kept between steps (<see cref="KnownDigests"/>).
/// </summary>
public sealed class ModelFingerprintTests
{
    private static object ListPage(params Subproject[] subprojects) =>
        new SubprojectStatusPage(SubprojectStatus.Active, [.. subprojects.Select(s => new SubprojectCard(s, []))], new Pager(1, ["/delprosjekter/status/active/"]));

    [Fact]
    public void A_kept_digest_is_the_digest_made_anew()
    {
        var (school, health) = (Make.Subproject("skole"), Make.Subproject("helse"));
        var known = new KnownDigests();
        var first = new ModelFingerprint(known).Of(ListPage(school, health));

        Assert.Equal(new ModelFingerprint().Of(ListPage(school, health)), first);
        Assert.Equal(first, new ModelFingerprint(known).Of(ListPage(school, health)));
    }

    [Fact]
    public void A_list_whose_subproject_changed_status_has_a_new_digest_while_the_others_are_kept()
    {
        var (school, health) = (Make.Subproject("skole"), Make.Subproject("helse"));
        var known = new KnownDigests();
        var before = new ModelFingerprint(known).Of(ListPage(school, health));

        // A saved file binds to a new record; the unchanged one is the same object as before.
        var after = new ModelFingerprint(known).Of(ListPage(school, health with { Status = SubprojectStatus.Completed }));

        Assert.NotEqual(before, after);
        Assert.Equal(new ModelFingerprint().Of(ListPage(school, health with { Status = SubprojectStatus.Completed })), after);
    }

    [Fact]
    public void What_a_page_model_adds_to_a_kept_record_counts()
    {
        var school = Make.Subproject("skole");
        var known = new KnownDigests();
        var counted = new ModelFingerprint(known).Of(new SubprojectCard(school, []));
        var listed = new ModelFingerprint(known).Of(new SubprojectCard(school, []) { ListsParts = true });

        Assert.NotEqual(counted, listed);
    }

    [Fact]
    public void A_session_forgets_the_digests_of_old_versions_once_it_holds_twice_what_a_step_needs()
    {
        var known = new KnownDigests();
        var (first, edited) = (Make.Subproject("skole"), Make.Subproject("helse"));
        known.Trim();
        known.Add(first, 1);
        known.Trim(); // one object is what a step needs
        known.Add(edited, 2);
        known.Trim();
        Assert.True(known.TryGet(first, out _));

        known.Add(edited with { Status = SubprojectStatus.Completed }, 3);
        known.Trim();

        Assert.False(known.TryGet(first, out _));
        Assert.False(known.TryGet(edited, out _));
    }
}
