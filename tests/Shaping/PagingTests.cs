using SiteGen.Shaping;

namespace SiteGen.Tests.Shaping;

public class PagingTests
{
    [Fact]
    public void A_long_list_is_split_into_pages_that_keep_the_first_address_and_number_the_rest()
    {
        var pages = Paging.Split([.. Enumerable.Range(1, 450)], "/oppdateringer/", 200);

        Assert.Equal([200, 200, 50], pages.Select(p => p.Items.Count));
        Assert.Equal(["/oppdateringer/", "/oppdateringer/2/", "/oppdateringer/3/"], pages[0].Pager.Urls);
        Assert.Equal(201, pages[1].Items[0]);
        Assert.Equal("/oppdateringer/", pages[1].Pager.Previous);
        Assert.Equal("/oppdateringer/3/", pages[1].Pager.Next);
        Assert.Equal([false, true, false], pages[1].Pager.Links.Select(l => l.Current));
    }

    [Fact]
    public void A_short_or_empty_list_is_one_page()
    {
        Assert.Equal(1, Assert.Single(Paging.Split([1, 2, 3], "/a/")).Pager.Count);
        Assert.Empty(Assert.Single(Paging.Split(Array.Empty<int>(), "/a/")).Items);
    }
}
