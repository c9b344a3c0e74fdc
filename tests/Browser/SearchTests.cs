using Microsoft.Playwright;
using SiteGen.Emit;
using SiteGen.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>The search field in the header shows results as the reader types, and /sok/?q= shows them at once.</summary>
public sealed class SearchTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string SchoolEnvironment = "/delprosjekter/skolemiljo/";

    [Fact]
    public async Task Typing_in_the_header_field_lists_matching_pages_under_it_and_tells_how_many()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");

        var results = await TypeInHeaderAsync(page, "skole");

        await Expect(results.Locator($"a[href='{SchoolEnvironment}']")).ToBeVisibleAsync();
        var count = await results.Locator("li").CountAsync();
        await Expect(page.Locator("header [role=status]")).ToHaveTextAsync($"{count} treff");
    }

    [Theory]
    [InlineData("torn", "/delprosjekter/torn/")]
    [InlineData("oppfolging sykefravaer", "/delprosjekter/sykefravaer/")]
    [InlineData("sykefravar", "/delprosjekter/sykefravaer/")]
    public async Task A_word_typed_without_æ_ø_å_finds_the_page_that_has_them(string typed, string url)
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");

        var results = await TypeInHeaderAsync(page, typed);

        await Expect(results.Locator($"a[href='{url}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_result_shows_its_kind_and_a_snippet_and_the_query_fetches_only_the_word_files_of_its_first_letters_and_the_page_files_it_shows()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");
        var fetched = new List<string>();
        // The browser may ask for the favicon at any moment after the page has loaded; only what search asks for counts.
        page.Request += (_, request) =>
        {
            if (request.ResourceType is "fetch" or "xhr")
            {
                fetched.Add(new Uri(request.Url).AbsolutePath);
            }
        };

        var results = await TypeInHeaderAsync(page, "skolemiljø");

        var first = results.Locator("li").First;
        await Expect(first.Locator("a")).ToHaveAttributeAsync("href", SchoolEnvironment);
        await Expect(first.Locator(".search-results__kind")).ToHaveTextAsync("Delprosjekt");
        await Expect(first.Locator("p")).Not.ToBeEmptyAsync();
        // Half-typed words may fetch the files of their own first letters ("s", "sk") when the typing pauses; nothing else.
        Assert.Equal("/sok/index.json", fetched[0]);
        Assert.Contains("/sok/ord/w-sko.json", fetched);
        Assert.All(fetched.Where(u => u.StartsWith("/sok/ord/", StringComparison.Ordinal)), u => Assert.StartsWith(u["/sok/ord/w-".Length..^".json".Length], "skolemiljo"));
        Assert.All(fetched.Skip(1), u => Assert.Matches("^/sok/(ord|sider)/", u));
        Assert.Contains(fetched, u => u.StartsWith("/sok/sider/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Arrow_down_from_the_field_moves_to_the_first_result()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");
        var results = await TypeInHeaderAsync(page, "skole");
        await Expect(results.Locator("a").First).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowDown");

        await Expect(results.Locator("a").First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Each_result_says_what_kind_of_page_it_is_and_shows_the_text_around_the_match_marked()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");

        var results = await TypeInHeaderAsync(page, "skolemilj");
        var result = results.Locator("li").Filter(new() { Has = page.Locator($"a[href='{SchoolEnvironment}']") });

        await Expect(result.Locator(".search-results__kind")).ToHaveTextAsync("Delprosjekt");
        await Expect(result.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^skolemilj", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(results.Locator("a[href='/sok/']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_word_only_in_the_text_of_a_page_shows_the_text_around_it_with_the_word_marked()
    {
        // A word of the school environment page that its title and summary do not have, and that lists the page among the results shown.
        var index = new SearchClient(url => site.Site.Exists(url) ? File.ReadAllBytes(site.Site.FileOf(url)) : null);
        var stored = index.Search("skolemiljø").Shown.Single(r => r.Url == SchoolEnvironment);
        var known = SearchText.Words(stored.Title + " " + stored.Summary).ToHashSet(StringComparer.Ordinal);
        var word = SearchText.Words(stored.Text)
            .First(w => w.Length >= 5 && !known.Any(k => k.StartsWith(w, StringComparison.Ordinal)) && index.Search(w).Shown.Any(r => r.Url == SchoolEnvironment));
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/");

        var results = await TypeInHeaderAsync(page, word);
        var snippet = results.Locator("li").Filter(new() { Has = page.Locator($"a[href='{SchoolEnvironment}']") }).Locator("p");

        await Expect(snippet.Locator("mark").First).ToBeVisibleAsync();
        Assert.Contains(await snippet.Locator("mark").AllTextContentsAsync(), marked => SearchText.Fold(marked).StartsWith(word, StringComparison.Ordinal));
        Assert.DoesNotContain(stored.Summary, await snippet.TextContentAsync() ?? "");
    }

    [Fact]
    public async Task The_search_page_has_one_search_field_and_is_not_its_own_result()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/sok/?q=sok");

        await Expect(page.Locator("input[type=search]")).ToHaveCountAsync(1);
        await Expect(page.Locator("main ul.search-results a[href='/sok/']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_search_page_shows_the_results_for_its_query_without_typing()
    {
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync("/sok/?q=skole");

        await Expect(page.Locator($"main ul.search-results a[href='{SchoolEnvironment}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#sok-q")).ToHaveValueAsync("skole");
    }

    /// <summary>Types <paramref name="text"/> key by key into the header's search field; returns the list under it.</summary>
    private static async Task<ILocator> TypeInHeaderAsync(IPage page, string text)
    {
        var field = page.GetByRole(AriaRole.Searchbox, new() { Name = "Søk på nettstedet" });
        await field.PressSequentiallyAsync(text);
        return page.Locator("header ul.search-results");
    }
}
