using Showcase.Generator.Posters;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Posters;

/// <summary>The layout of every poster in Chromium: nothing outside the frame, nothing clipped, the sheet filled well.</summary>
[Collection(PosterSiteCollection.Name)]
public sealed class PosterLayoutTests(PosterSite site, Infrastructure.Chromium chromium)
{
    private static string PageUrl(PosterPdfJob job) => job.PagePath[..^"index.html".Length];

    [Fact]
    public async Task Every_poster_keeps_all_its_text_inside_the_frame_unclipped_on_one_sheet()
    {
        var failures = new List<string>();
        foreach (var job in site.Jobs)
        {
            var page = await PosterLayout.OpenAsync(chromium, site.Url(PageUrl(job)), job.Size);
            await PosterLayout.WaitFittedAsync(page);
            var measure = await PosterLayout.MeasureAsync(page);
            failures.AddRange(measure.Problems.Select(p => $"{job.PagePath}: {p}"));
            Assert.Equal(job.Size.WidthMm * PosterLayout.PxPerMm, measure.SheetWidth, 1);
            Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('700 40px \"Noto Serif\"', 'Đạo đức') && [...document.fonts].some(f => f.family.includes('Noto Serif') && f.status === 'loaded')"), $"{job.PagePath}: Noto Serif not loaded");
            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_three_sizes_are_one_design_scaled()
    {
        foreach (var unit in new[] { PosterSite.OneItem, PosterSite.TwelveItems, "van-phong-thanh-uy" })
        {
            var measures = new List<PosterLayout.Measure>();
            foreach (var size in PosterSize.All)
            {
                var page = await PosterLayout.OpenAsync(chromium, site.Url($"chuan-muc/{unit}/{size.Id}/"), size);
                await PosterLayout.WaitFittedAsync(page);
                measures.Add(await PosterLayout.MeasureAsync(page));
                await page.Context.CloseAsync();
            }

            // Sizes in percent of the sheet's width: the same on every size, to within 3%.
            Assert.All(measures, m => Assert.Equal(measures[0].TitleSize, m.TitleSize, measures[0].TitleSize * 0.03));
            Assert.All(measures, m => Assert.Equal(measures[0].ItemSize, m.ItemSize, measures[0].ItemSize * 0.03));
        }
    }

    [Fact]
    public async Task One_item_stands_large_and_twelve_long_items_fill_the_body()
    {
        var size = PosterSize.All[0];
        var one = await PosterLayout.OpenAsync(chromium, site.Url($"chuan-muc/{PosterSite.OneItem}/40x60/"), size);
        await PosterLayout.WaitFittedAsync(one);
        var oneMeasure = await PosterLayout.MeasureAsync(one);
        Assert.True(oneMeasure.ItemSize >= 8, $"one item at {oneMeasure.ItemSize:0.0}% of the width");
        Assert.True(oneMeasure.ItemSize > oneMeasure.TitleSize, "one item should be larger than the title");

        var twelve = await PosterLayout.OpenAsync(chromium, site.Url($"chuan-muc/{PosterSite.TwelveItems}/40x60/"), size);
        await PosterLayout.WaitFittedAsync(twelve);
        var twelveMeasure = await PosterLayout.MeasureAsync(twelve);
        Assert.Empty(twelveMeasure.Problems);
        Assert.True(twelveMeasure.ItemsHeight >= twelveMeasure.BodyHeight * 0.8, $"twelve items fill {twelveMeasure.ItemsHeight / twelveMeasure.BodyHeight:P0} of the body");
        Assert.True(twelveMeasure.ItemSize >= 1.5, $"twelve items at {twelveMeasure.ItemSize:0.00}% of the width: too small to read");
    }

    [Fact]
    public async Task The_check_catches_clipped_text_and_text_that_spills_onto_a_second_page()
    {
        var size = PosterSize.All[0];
        var url = site.Url($"chuan-muc/{PosterSite.TwelveItems}/40x60/");

        // Without the fitting script and with items far too large, overflow: hidden clips them silently.
        var clipped = await PosterLayout.OpenAsync(chromium, url, size, page => page.RouteAsync("**/poster-fit.js", route => route.FulfillAsync(new() { Body = string.Empty, ContentType = "text/javascript" })));
        await clipped.EvaluateAsync("() => document.querySelector('.sheet').style.setProperty('--item-size', '6')");
        var clippedMeasure = await PosterLayout.MeasureAsync(clipped);
        Assert.Null(clippedMeasure.Fitted);
        Assert.Contains(clippedMeasure.Problems, p => p.Contains("is clipped by the body", StringComparison.Ordinal));

        // Without overflow: hidden the same text runs out of the frame and the printout gets a second page.
        await clipped.AddStyleTagAsync(new() { Content = ".sheet, .content, .body { overflow: visible !important; height: auto !important; } .content { position: static !important; margin: 0 10cqw; }" });
        var spilled = await PosterLayout.MeasureAsync(clipped);
        Assert.Contains(spilled.Problems, p => p.Contains("outside the frame", StringComparison.Ordinal));
        Assert.Contains(spilled.Problems, p => p.Contains("second page", StringComparison.Ordinal));
        var pdf = await clipped.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        using var temp = new TempDirectory("poster-spill");
        File.WriteAllBytes(temp.Combine("spill.pdf"), pdf);
        var info = Poppler.Run("pdfinfo", temp.Combine("spill.pdf"));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(info, @"^Pages:\s+[2-9]", System.Text.RegularExpressions.RegexOptions.Multiline), info);
        await clipped.Context.CloseAsync();
    }

    [Fact]
    public async Task On_screen_the_sheet_is_shown_whole_with_a_way_back()
    {
        var page = await chromium.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url($"chuan-muc/van-phong-thanh-uy/60x90/"));
        await PosterLayout.WaitFittedAsync(page);
        var box = await page.Locator(".sheet").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box!.Height <= 900 && box.Width <= 1280, $"sheet shown at {box.Width}×{box.Height}");
        await page.ClickAsync(".poster-toolbar a");
        Assert.EndsWith("/chuan-muc/van-phong-thanh-uy/", page.Url);
        await page.Context.CloseAsync();
    }
}
