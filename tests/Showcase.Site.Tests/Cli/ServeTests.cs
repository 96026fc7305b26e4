using Microsoft.Playwright;
using Showcase.Cli;
using Showcase.Cli.Serve;
using Showcase.Generator.Site;
using Showcase.Site.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Showcase.Site.Tests.Cli;

/// <summary>
/// <c>showcase serve</c> end to end, in real Chromium: the page follows the content file on every save without a
/// manual reload, a broken file shows the CLI's diagnostic over the last good page, and fixing it takes it away.
/// </summary>
public sealed class ServeTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task Serve_reloads_on_save_and_shows_content_errors_over_the_last_good_page()
    {
        using var temp = new TempDirectory("serve");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var model = Path.Combine(content, "models", "2024", "viec-tot.md");
        var session = new SiteSession(content, RepoPaths.Theme, new BuildOptions { Today = SiteBuild.Today });
        Assert.Null(session.BuildAll().Problem);
        var started = await ServeCommand.StartAsync(session, 0, quiet: true, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var (server, watcher) = started ?? throw new InvalidOperationException("serve did not start");
        await using var _ = server;
        using var __ = watcher;

        var page = await chromium.NewPageAsync();
        var home = await page.GotoAsync(server.Address + "/");
        Assert.Equal(server.Address + "/mo-hinh/", page.Url);
        Assert.Equal(200, home!.Status);

        await page.GotoAsync(server.Address + "/mo-hinh/mo-hinh/viec-tot/");
        var title = page.Locator("h1");
        await Expect(title).ToHaveTextAsync("Mỗi tuần làm một việc tốt");
        await page.EvaluateAsync("() => window.dauTruocKhiSua = true");

        Edit(model, "title: \"Mỗi tuần làm một việc tốt\"", "title: \"Mỗi tuần làm hai việc tốt\"");
        await Expect(title).ToHaveTextAsync("Mỗi tuần làm hai việc tốt", Soon);
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.dauTruocKhiSua"));

        Edit(model, "year: 2024", "year: abc");
        var overlay = page.Locator("#" + LiveReload.OverlayId);
        await Expect(overlay).ToContainTextAsync("models/2024/viec-tot.md:6:7: lỗi SG1003: 'year' phải là một năm từ 2000 đến 2100 (đang là \"abc\").", new() { Timeout = 15_000 });
        await Expect(overlay).ToContainTextAsync("6 | year: abc");
        await Expect(title).ToHaveTextAsync("Mỗi tuần làm hai việc tốt");

        await page.ReloadAsync();
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(title).ToHaveTextAsync("Mỗi tuần làm hai việc tốt");

        Edit(model, "year: abc", "year: 2024");
        Edit(model, "hai việc tốt", "ba việc tốt");
        await Expect(title).ToHaveTextAsync("Mỗi tuần làm ba việc tốt", Soon);
        await Expect(overlay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Serve_answers_only_under_the_base_path_and_injects_its_script_only_into_html()
    {
        using var temp = new TempDirectory("serve");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var session = new SiteSession(content, RepoPaths.Theme, new BuildOptions { Today = SiteBuild.Today });
        session.BuildAll();
        await using var server = await DevServer.StartAsync(session, 0, CancellationToken.None);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Address) };

        var root = await http.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/mo-hinh/", root.Headers.Location!.OriginalString);
        Assert.Equal("/mo-hinh/mo-hinh/viec-tot/", (await http.GetAsync("/mo-hinh/mo-hinh/viec-tot")).Headers.Location!.OriginalString);

        var html = await http.GetStringAsync("/mo-hinh/mo-hinh/viec-tot/");
        Assert.Contains("<script id=\"showcase-live-reload\">", html);
        Assert.True(html.IndexOf("showcase-live-reload", StringComparison.Ordinal) < html.LastIndexOf("</body>", StringComparison.Ordinal));

        var css = await http.GetAsync("/mo-hinh/assets/css/site.css");
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("showcase-live-reload", await css.Content.ReadAsStringAsync());
        var feed = await http.GetStringAsync("/mo-hinh/feed.xml");
        Assert.DoesNotContain("showcase-live-reload", feed);
        Assert.Contains("Mỗi tuần làm một việc tốt", feed);

        var manifest = await http.GetAsync("/mo-hinh/search/manifest.json");
        Assert.Equal("application/json; charset=utf-8", manifest.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("{", (await manifest.Content.ReadAsStringAsync()).TrimStart());
        Assert.Contains("Mỗi tuần làm một việc tốt", await http.GetStringAsync("/mo-hinh/bieu-mau/bm1.csv"));

        var missing = await http.GetAsync("/mo-hinh/khong-co/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/khac/")).StatusCode);
    }

    /// <summary>Saves the file with one text replaced, as an editor does.</summary>
    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
