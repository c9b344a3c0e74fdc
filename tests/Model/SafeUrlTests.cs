using SiteGen.Model;

namespace SiteGen.Tests.Model;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:post@example.org")]
    [InlineData("tel:+4712345678")]
    [InlineData("/om/")]
    public void Every_kind_of_address_is_allowed_and_named_in_the_advice_of_a_refused_one(string url)
    {
        Assert.True(SafeUrl.IsSafe(url));
        Assert.Contains(url.StartsWith('/') ? "/" : url[..(url.IndexOf(':') + 1)], SafeUrl.Advice);
    }

    /// <summary>What a browser strips or decodes first, at either end or inside the scheme, still ends as javascript:.</summary>
    [Theory]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("javascript:alert(1)\u0001")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java&#09;script:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("//evil.example/")]
    public void An_address_a_browser_reads_as_another_scheme_or_host_is_refused(string url)
    {
        Assert.False(SafeUrl.IsSafe(url));
    }
}
