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
}
