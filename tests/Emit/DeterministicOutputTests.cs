using System.Security.Cryptography;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Emit;

public class DeterministicOutputTests
{
    private static Dictionary<string, string> Hashes(BuiltSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Two_builds_of_the_real_content_with_the_same_as_of_date_are_byte_identical()
    {
        using var first = new BuiltSite(RepositoryPaths.Content, RealSite.AsOf);
        using var second = new BuiltSite(RepositoryPaths.Content, RealSite.AsOf);

        Assert.True(first.Result.Succeeded);
        Assert.Equal(Hashes(first).OrderBy(h => h.Key, StringComparer.Ordinal), Hashes(second).OrderBy(h => h.Key, StringComparer.Ordinal));
    }
}
