using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Forms;
using Showcase.Generator.Output;
using Showcase.Generator.Posters;
using Showcase.Generator.Rendering;
using Showcase.Generator.Search;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>
/// The chain, wired: <c>ContentSource → ContentSet → SiteModel → pages, search index, posters, forms → OutputPlan</c>.
/// Pure between the IO edges: it reads nothing and writes nothing itself.
/// </summary>
public static class SiteGenerator
{
    public static BuildResult Check(ContentSource content, ThemeSource? theme, BuildOptions options) =>
        Run(content, theme, options, render: false);

    public static BuildResult Generate(ContentSource content, ThemeSource theme, BuildOptions options) =>
        Run(content, theme, options, render: true);

    private static BuildResult Run(ContentSource content, ThemeSource? themeSource, BuildOptions options, bool render)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<PhaseTiming>();
        var clock = Stopwatch.StartNew();

        void Phase(string name)
        {
            timings.Add(new PhaseTiming(name, clock.Elapsed));
            clock.Restart();
        }

        if (!content.Exists)
        {
            diagnostics.Error("SG1013", SourceSpan.File("."), $"không tìm thấy thư mục nội dung {content.Root}. Hãy chỉ đúng thư mục bằng --content.");
            return new BuildResult(null, diagnostics.ToSortedList(), null, 0, timings);
        }

        var set = ContentParser.Parse(content, diagnostics);
        Phase("load");
        ContentValidator.Validate(set, diagnostics);
        Phase("validate");
        if (options.BaseUrlOverride is { } overrideUrl && !BaseUrl.TryParse(overrideUrl, out _))
        {
            diagnostics.Error("SG1003", SourceSpan.File("--base-url"), $"--base-url \"{overrideUrl}\" không hợp lệ: dùng địa chỉ http(s) đầy đủ hoặc đường dẫn bắt đầu bằng '/'.");
            return new BuildResult(null, diagnostics.ToSortedList(), null, 0, timings);
        }

        var site = SiteBuilder.Build(set, options, new MarkdownRenderer(), diagnostics);
        Phase("model");
        Theme? theme = themeSource is null ? null : Theme.Parse(themeSource, diagnostics);
        if (!render || theme is null || diagnostics.HasErrors)
        {
            return new BuildResult(null, diagnostics.ToSortedList(), site, 0, timings);
        }

        IReadOnlyList<Page> pages = [.. PagePlanner.Plan(site), .. FormPagePlanner.Plan(site), .. PosterPlanner.Plan(site)];
        var renderer = new PageRenderer(theme, SiteView.From(site), site.BaseUrl);
        var files = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(pages, page =>
        {
            if (renderer.Render(page, diagnostics) is { } html)
            {
                files.Add(new OutputFile(page.OutputPath, Encoding.UTF8.GetBytes(html)));
            }
        });
        files.Add(new OutputFile(Urls.Sitemap, SitemapRenderer.Render(pages, site.BaseUrl)));
        files.Add(new OutputFile(Urls.Feed, FeedRenderer.Render(site, options.FeedSize)));
        foreach (var file in FormExports.Files(site))
        {
            files.Add(file);
        }
        Phase("render");

        foreach (var file in SearchIndexBuilder.Build(SiteSearchDocuments.From(site), SiteSearchDocuments.Options(site)))
        {
            files.Add(file);
        }

        Phase("search");

        foreach (var asset in theme.Assets)
        {
            files.Add(asset);
        }

        foreach (var media in site.Media)
        {
            files.Add(new OutputFile(media.Path, media.Content));
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(null, diagnostics.ToSortedList(), site, pages.Count, timings);
        }

        var plan = OutputPlan.From(files);
        Phase("plan");
        return new BuildResult(plan, diagnostics.ToSortedList(), site, pages.Count, timings);
    }
}
