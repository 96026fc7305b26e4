using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Showcase.Site.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Showcase.Site.Tests.Search;

/// <summary>
/// A person searching the sample site (and a mini site saved in NFD) in Chromium, served under /mo-hinh/: typing
/// with and without accents, half a word, filtering, sharing a link, typing hostile text, using the keyboard.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SearchBrowserTests(SampleSite site, Chromium chromium, NfdSearchSite nfdSite) : IClassFixture<NfdSearchSite>
{
    private const string SearchPath = "tim-kiem/";

    [Fact]
    public async Task Accent_free_typing_finds_the_accented_model_first()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("moi tuan mot viec tot");
        var titles = await search.TitlesAsync();
        Assert.Equal("Mỗi tuần làm một việc tốt", titles[0]);
        Assert.Equal(site.Url("mo-hinh/moi-tuan-lam-mot-viec-tot/"), (await search.LinksAsync())[0]);
        Assert.Equal(titles.Count, await search.AnnouncedCountAsync());
        Assert.Empty(search.Errors);
    }

    [Fact]
    public async Task A_query_fetches_only_the_shards_of_its_words()
    {
        var shards = Directory.GetFiles(site.File("search"), "index-*.json").Length;
        Assert.True(shards > 2, $"the sample index has {shards} shards; these tests are meant to search across shards");
        await using var search = await OpenAsync();
        var fetched = new List<string>();
        search.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/index-", StringComparison.Ordinal))
            {
                fetched.Add(request.Url);
            }
        };
        await search.TypeAsync("heo dat tiet kiem");
        Assert.Equal("Heo đất tiết kiệm", (await search.TitlesAsync())[0]);
        Assert.InRange(fetched.Distinct().Count(), 1, shards - 1);
        Assert.Equal(fetched.Count, fetched.Distinct().Count());
    }

    [Fact]
    public async Task Accented_typing_finds_the_same_model_first_and_marks_the_words()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("Mỗi tuần làm một việc tốt");
        Assert.Equal("Mỗi tuần làm một việc tốt", (await search.TitlesAsync())[0]);
        var marked = await search.Page.Locator("#search-results .search-result").First.Locator(".search-result-title mark").AllInnerTextsAsync();
        Assert.Equal(["Mỗi", "tuần", "làm", "một", "việc", "tốt"], marked);
    }

    [Fact]
    public async Task D_without_its_stroke_finds_doan_and_dang()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("doan thanh nien");
        Assert.Equal(site.Url("mo-hinh/thanh-nien-huong-dan-dich-vu-cong-truc-tuyen/"), (await search.LinksAsync())[0]);
        var first = search.Results.First;
        Assert.StartsWith("Đoàn thanh niên", (await first.Locator(".search-result-meta").InnerTextAsync()).Trim());
        Assert.Contains("Đoàn", await first.Locator(".search-result-meta mark").AllInnerTextsAsync());

        await search.TypeAsync("dang");
        var titles = await search.TitlesAsync();
        Assert.StartsWith("Đảng bộ", titles[0]);
        Assert.Equal("Đảng", await search.Results.First.Locator(".search-result-title mark").First.InnerTextAsync());
        Assert.True(titles.Count > 5);
    }

    [Fact]
    public async Task A_half_typed_last_word_already_finds_what_it_begins()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("tiet kie");
        var titles = await search.TitlesAsync();
        Assert.Equal(["Heo đất tiết kiệm", "Quỹ “Tiết kiệm làm theo lời Bác”"], titles.Take(2));
        Assert.Contains("kiệm", await search.Results.First.Locator(".search-result-title mark").AllInnerTextsAsync());

        // One more letter narrows the same search, without pressing Enter.
        await search.Input.PressSequentiallyAsync("m", new() { Delay = 40 });
        await search.WaitForResultsAsync("tiet kiem");
        Assert.Equal("Heo đất tiết kiệm", (await search.TitlesAsync())[0]);
    }

    [Fact]
    public async Task A_field_filter_narrows_results_and_counts_and_goes_into_the_url()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("nguoi dan");
        var all = await search.AnnouncedCountAsync();
        var years = await YearCountsAsync(search);
        var box = search.Page.Locator("#search-filters input[type=checkbox][value='cai-cach-hanh-chinh']");
        var label = await search.Page.Locator("#search-filters label", new() { Has = search.Page.Locator("input[value='cai-cach-hanh-chinh']") }).InnerTextAsync();
        var expected = int.Parse(CountInLabel().Match(label).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expected, 1, all - 1);

        await box.CheckAsync();
        await search.WaitForResultsAsync("nguoi dan");
        Assert.Equal(expected, await search.AnnouncedCountAsync());
        Assert.Contains($"(lọc từ {all})", await search.StatusAsync());
        Assert.Equal(expected, await search.Results.CountAsync());
        foreach (var meta in await search.Page.Locator("#search-results .search-result-meta").AllInnerTextsAsync())
        {
            Assert.Contains("Cải cách hành chính và phục vụ nhân dân", meta);
        }

        Assert.NotEqual(years, await YearCountsAsync(search));
        Assert.Contains("linh-vuc=cai-cach-hanh-chinh", search.Page.Url);
        Assert.Contains("q=nguoi+dan", search.Page.Url);

        await search.Page.Locator("#search-filters input[type=checkbox][value='cai-cach-hanh-chinh']").UncheckAsync();
        await search.WaitForResultsAsync("nguoi dan");
        Assert.Equal(all, await search.AnnouncedCountAsync());
        Assert.DoesNotContain("linh-vuc=", search.Page.Url);
    }

    [Fact]
    public async Task A_shared_link_restores_the_query_and_the_filters()
    {
        await using var search = await SearchPage.OpenAsync(chromium, site.Url(SearchPath + "?q=tiet+kiem&linh-vuc=an-sinh-xa-hoi"));
        Assert.Equal("tiet kiem", await search.Input.InputValueAsync());
        Assert.True(await search.Page.Locator("#search-filters input[type=checkbox][value='an-sinh-xa-hoi']").IsCheckedAsync());
        var count = await search.AnnouncedCountAsync();
        Assert.Equal(count, await search.Results.CountAsync());
        Assert.Matches(@"\(lọc từ \d+\)", await search.StatusAsync());
        foreach (var meta in await search.Page.Locator("#search-results .search-result-meta").AllInnerTextsAsync())
        {
            Assert.Contains("An sinh xã hội", meta);
        }

        Assert.Contains("Heo đất tiết kiệm", await search.TitlesAsync());
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("\"><script>alert(2)</script>")]
    [InlineData("title:")]
    [InlineData("title:viec")]
    [InlineData("^")]
    [InlineData("viec^10 tot~2")]
    [InlineData("-")]
    [InlineData("-viec +tot")]
    [InlineData("*")]
    [InlineData("tiet*")]
    [InlineData("\\u0000 %00 ' \" ` ${alert(3)}")]
    public async Task Hostile_text_runs_no_script_and_breaks_nothing(string text)
    {
        await using var search = await OpenAsync();
        await search.TypeAsync(text);
        await search.PasteAsync(text + " mo hinh");
        Assert.Empty(search.Dialogs);
        Assert.Empty(search.Errors);
        Assert.Equal(0, await search.Page.Locator("img[src='x'], script:not([src]), [onerror]").CountAsync());
        Assert.Equal(0, await search.Page.Locator("#search-results script, #search-status *").CountAsync());
        Assert.DoesNotContain("Không tải được", await search.StatusAsync());

        // The same text arriving in a shared link.
        await using var shared = await SearchPage.OpenAsync(chromium, site.Url(SearchPath + "?q=" + Uri.EscapeDataString(text)));
        Assert.Equal(text, await shared.Input.InputValueAsync());
        Assert.Empty(shared.Dialogs);
        Assert.Empty(shared.Errors);
        Assert.Equal(0, await shared.Page.Locator("img[src='x'], [onerror]").CountAsync());
    }

    [Fact]
    public async Task Nonsense_finds_nothing_and_says_what_to_do()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("xyzzy qwerty");
        Assert.Equal(0, await search.Results.CountAsync());
        var status = await search.StatusAsync();
        Assert.StartsWith("Không tìm thấy kết quả nào cho “xyzzy qwerty”.", status);
        Assert.Contains("kiểm tra chính tả", status);
        Assert.Equal(0, await search.Page.Locator("#search-more:visible").CountAsync());

        await FollowAsync(search.Page, site.Url("linh-vuc/"), () => search.Page.Locator("#search-results .search-help a", new() { HasText = "lĩnh vực" }).ClickAsync());
        Assert.Equal("Lĩnh vực", (await search.Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Keyboard_reaches_the_results_and_enter_opens_one()
    {
        await using var search = await OpenAsync();
        await search.TypeAsync("tiet kiem");

        // As a person does, see the first result on the screen before reaching for it with Tab.
        await Expect(search.Results.First.Locator(".search-result-title a")).ToBeVisibleAsync();
        var firstLink = (await search.LinksAsync())[0];
        var firstTitle = (await search.TitlesAsync())[0];
        string? focused = null;
        for (var tab = 0; tab < 80 && focused is null; tab++)
        {
            await search.Page.Keyboard.PressAsync("Tab");
            focused = await search.Page.EvaluateAsync<string?>(
                "() => document.activeElement.closest('#search-results') ? document.activeElement.href : null");
        }

        Assert.Equal(firstLink, focused);
        await FollowAsync(search.Page, firstLink, () => search.Page.Keyboard.PressAsync("Enter"));
        Assert.Equal(firstTitle, (await search.Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task The_header_box_on_another_page_leads_to_the_results()
    {
        await using var search = await SearchPage.OpenAsync(chromium, site.Url("mo-hinh/moi-tuan-lam-mot-viec-tot/"));
        var box = search.Page.Locator("header .search-box input[name=q]");
        await box.FillAsync("heo dat");
        await FollowAsync(search.Page, site.Url(SearchPath + "?q=heo+dat"), () => box.PressAsync("Enter"));
        await search.WaitForResultsAsync("heo dat");
        Assert.Equal("Heo đất tiết kiệm", (await search.TitlesAsync())[0]);
        Assert.Empty(search.Errors);
    }

    [Fact]
    public async Task A_model_saved_in_nfd_is_found_with_accents_without_them_and_typed_in_nfd()
    {
        await using var search = await SearchPage.OpenAsync(chromium, nfdSite.Url(SearchPath));
        foreach (var query in new[] { "khuyen hoc", "khuyến học", "khuyến học".Normalize(NormalizationForm.FormD), "dong ho" })
        {
            await search.PasteAsync(query);
            var titles = await search.TitlesAsync();
            Assert.Equal(NfdSearchSite.Title, titles[0]);
            Assert.True(titles[0].IsNormalized(NormalizationForm.FormC));
            Assert.Equal(nfdSite.Url($"mo-hinh/{NfdSearchSite.Slug}/"), (await search.LinksAsync())[0]);
        }

        await search.TypeAsync("khuyen h");
        Assert.Equal(NfdSearchSite.Title, (await search.TitlesAsync())[0]);
    }

    private async Task<SearchPage> OpenAsync() => await SearchPage.OpenAsync(chromium, site.Url(SearchPath));

    /// <summary>
    /// Does what leads to another page (a click, Enter) and waits until the page is at that URL. Not WaitForURLAsync:
    /// it reads the page's URL and only then listens for navigations, so on a busy machine a navigation that lands in
    /// between is never seen, and it times out with the new page already there (microsoft/playwright-dotnet#3364).
    /// ToHaveURLAsync asks the browser for the URL again until it is the expected one. What the test reads next on
    /// the new page waits for it to be in the DOM, not for the page's load event (every font and image).
    /// </summary>
    private static async Task FollowAsync(IPage page, string url, Func<Task> action)
    {
        await action();
        await Expect(page).ToHaveURLAsync(url, new() { Timeout = 30_000 });
    }

    private static async Task<string> YearCountsAsync(SearchPage search) =>
        string.Join('|', await search.Page.Locator("#search-filters fieldset", new() { HasText = "Năm" }).Locator("label").AllInnerTextsAsync());

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex CountInLabel();
}
