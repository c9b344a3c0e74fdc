namespace SiteGen.Tests.Hostile;

/// <summary>
/// <c>--output</c> aimed at something a build must never delete, run for real in a throwaway repository:
/// refused with exit code 2 and one line saying why, and not one byte anywhere changed.
/// </summary>
public class OutputTargetTests
{
    [Theory]
    [InlineData("content")]
    [InlineData("content/subprojects")]
    [InlineData("content/new-folder")]
    [InlineData("templates")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("./content/..")]
    [InlineData(".git")]
    [InlineData(".git/site")]
    [InlineData("README.md")]
    [InlineData("../home")]
    [InlineData("/")]
    public void Refuses_a_target_it_must_not_replace_and_touches_nothing(string output)
    {
        using var repository = new ThrowawayRepository();
        var before = repository.Snapshot();

        var (exit, stdout, stderr) = repository.Run("build", "--output", output, "--as-of", "2024-12-31");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: --output ", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, repository.Snapshot());
    }

    [Fact]
    public void Refuses_the_home_folder_and_a_link_that_leads_to_the_content()
    {
        using var repository = new ThrowawayRepository();
        Directory.CreateSymbolicLink(Path.Combine(repository.Root, "innhold-lenke"), repository.Content);
        var before = repository.Snapshot();

        Assert.Equal(2, repository.Run("build", "--output", repository.Home).Exit);
        Assert.Equal(2, repository.Run("build", "--output", "innhold-lenke").Exit);
        Assert.Equal(2, repository.Run("build", "--output", "innhold-lenke/ny").Exit);

        Assert.Equal(before, repository.Snapshot());
    }

    [Fact]
    public void Refuses_a_folder_of_other_files_but_replaces_its_own_site_again_and_again()
    {
        using var repository = new ThrowawayRepository();
        Directory.CreateDirectory(Path.Combine(repository.Root, "notater"));
        File.WriteAllText(Path.Combine(repository.Root, "notater", "utkast.txt"), "ikke slett");
        var before = repository.Snapshot();

        var (exit, _, stderr) = repository.Run("build", "--output", "notater");

        Assert.Equal(2, exit);
        Assert.Contains("did not write", stderr);
        Assert.Equal(before, repository.Snapshot());

        Assert.Equal(0, repository.Run("build", "--as-of", "2024-12-31").Exit);
        Assert.Equal(0, repository.Run("build", "--as-of", "2024-12-31").Exit);
        var after = repository.Snapshot();
        Assert.Equal(before, new SortedDictionary<string, string>(
            after.Where(e => !e.Key.StartsWith("repo/site-output", StringComparison.Ordinal) && !e.Key.StartsWith("repo/.site-output", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(repository.Root, "site-output", "index.html")));
    }
}
