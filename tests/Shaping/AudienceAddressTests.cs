using SiteGen.Model;

namespace SiteGen.Tests.Shaping;

public class AudienceAddressTests
{
    [Fact]
    public void Every_audience_has_its_own_fixed_address_whatever_its_label_says()
    {
        var urls = Enum.GetValues<Audience>().Select(SiteUrls.Audience).ToList();

        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Equal("/kommunikasjonsplan/politikere/", SiteUrls.Audience(Audience.Politicians));
        Assert.All(urls, url => Assert.Matches("^/kommunikasjonsplan/[a-z]+(-[a-z]+)*/$", url));
    }
}
