namespace SiteGen.Tests.Support;

/// <summary>
/// The reviewed programme as it stood at its last good commit (the page edit, before the broken status), built with
/// history from its repository.
/// </summary>
public sealed class HistorySite : IDisposable
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    public HistorySite()
    {
        Programme = new ReviewedProgramme();
        Programme.Repository.Git("checkout", "-q", "--detach", Programme.PageEdited);
        Site = new BuiltSite(Programme.Repository.Content, AsOf, history: true);
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
    }

    public ReviewedProgramme Programme { get; }

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        Programme.Dispose();
    }
}
