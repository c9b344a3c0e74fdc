using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>Which paths of the content folder are not content: the same rule for a walk, a preview's watched paths and a git revision.</summary>
public class ContentPathsTests
{
    [Theory]
    [InlineData(".git/config", true)]
    [InlineData("subprojects/.skole.md.swp", true)]
    [InlineData("subprojects/skole.md~", true)]
    [InlineData("gammelt~/skole.md", true)]
    [InlineData("subprojects/.utkast/skole.md", true)]
    [InlineData("subprojects/skole.md", false)]
    [InlineData("programme.yml", false)]
    [InlineData("attachments/rapport~v2.pdf", false)]
    public void A_name_that_starts_with_a_dot_or_ends_with_a_tilde_hides_its_path(string relative, bool hidden) =>
        Assert.Equal(hidden, ContentPaths.IsHidden(relative));
}
