using System.Text.RegularExpressions;
using Showcase.Site.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Showcase.Site.Tests;

/// <summary>
/// A person browsing the sample site in Chromium, served under its sub-path. After a click that leaves the page the
/// tests wait with ToHaveURLAsync, which asks the browser for the URL until it matches: WaitForURLAsync may miss a
/// navigation that lands before it starts listening (see SearchBrowserTests.FollowAsync).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class NavigationTests(SampleSite site, Chromium chromium)
{
    [Fact]
    public async Task A_reader_goes_from_home_to_a_model_and_on_to_its_unit()
    {
        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync(site.Url());
        Assert.Equal(200, response!.Status);
        Assert.Contains("Mô hình", await page.TitleAsync());

        var firstCard = page.Locator(".card-title a").First;
        var modelTitle = (await firstCard.InnerTextAsync()).Trim();
        await firstCard.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/mo-hinh/mo-hinh/[^/]+/$"), new() { Timeout = 30_000 });
        Assert.Equal(modelTitle, (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.Locator(".facts a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/mo-hinh/don-vi/[^/]+/$"), new() { Timeout = 30_000 });
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
    }

    [Fact]
    public async Task The_site_font_is_the_bundled_one_and_covers_vietnamese()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url());
        await page.EvaluateAsync("() => document.fonts.ready");
        var loaded = await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Be Vietnam Pro\"', 'Mỗi tuần làm một việc tốt đ Ữ')");
        Assert.True(loaded);
        var faces = await page.EvaluateAsync<string[]>("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.unicodeRange)");
        Assert.Contains(faces, f => f.Contains("Be Vietnam Pro", StringComparison.Ordinal) && f.Contains("U+1EA0", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Models_list_is_paged_by_twenty_and_pages_link_to_each_other()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("mo-hinh/"));
        Assert.Equal(20, await page.Locator("#noi-dung .cards > li").CountAsync());
        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/mo-hinh/mo-hinh/trang-2/$"), new() { Timeout = 30_000 });
        Assert.True(await page.Locator("#noi-dung .cards > li").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("a[rel=prev]").CountAsync());
    }

    [Fact]
    public async Task A_phone_sized_screen_shows_no_horizontal_scroll()
    {
        var page = await chromium.NewPageAsync(width: 360, height: 740);
        foreach (var url in new[] { "", "mo-hinh/", "don-vi/" })
        {
            await page.GotoAsync(site.Url(url));
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"page /{url} scrolls sideways on a phone");
        }
    }

    [Fact]
    public async Task A_model_page_prints_as_ink_on_paper_without_navigation()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("mo-hinh/moi-tuan-lam-mot-viec-tot/"));
        Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".search-box").IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_content()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("mo-hinh/"));
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Equal("Bỏ qua, đến nội dung chính", focused);
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#noi-dung", page.Url);
    }
}
