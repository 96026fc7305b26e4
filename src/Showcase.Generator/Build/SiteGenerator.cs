using System.Collections.Concurrent;
using System.Diagnostics;
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
/// Pure between the IO edges: it reads nothing and writes nothing itself. <see cref="Prepare"/> stops before
/// rendering (what <c>check</c> needs, and what <c>serve</c> renders page by page); <see cref="Render"/> finishes.
/// </summary>
public static class SiteGenerator
{
    public static BuildResult Check(ContentSource content, ThemeSource? theme, BuildOptions options, BuildCache? cache = null) =>
        Prepare(content, theme, options, cache).ToResult(plan: null, pageCount: 0);

    /// <param name="incremental">Starts from the previous build's journal and records this one's; null for a build from scratch.</param>
    /// <param name="sink">Takes each file as soon as it is made (to write it while the rest is made); the result's plan then only counts them.</param>
    public static BuildResult Generate(
        ContentSource content, ThemeSource theme, BuildOptions options, BuildCache? cache = null, IProgress<BuildProgress>? progress = null,
        IncrementalBuild? incremental = null, IOutputSink? sink = null) =>
        Render(Prepare(content, theme, options, cache, progress, incremental), progress, sink);

    /// <summary>Everything but rendering: parse, validate, build the site model, parse the theme, plan the pages.</summary>
    /// <param name="cache">Keeps parsed files and rendered stories between builds of one session (serve); null for none.</param>
    public static PreparedSite Prepare(
        ContentSource content, ThemeSource? themeSource, BuildOptions options, BuildCache? cache = null, IProgress<BuildProgress>? progress = null,
        IncrementalBuild? incremental = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new PhaseClock(progress);
        if (!content.Exists)
        {
            diagnostics.Error("SG1013", SourceSpan.File("."), $"không tìm thấy thư mục nội dung {content.Root}. Hãy chỉ đúng thư mục bằng --content.");
            return new PreparedSite(diagnostics, timings.Timings, null, null, []);
        }

        timings.Start(BuildPhase.Load, content.Files.Count);
        var set = ContentParser.Parse(content, diagnostics, cache);
        timings.Start(BuildPhase.Validate, set.Models.Count);
        ContentValidator.Validate(set, diagnostics);
        if (options.BaseUrlOverride is { } overrideUrl && !BaseUrl.TryParse(overrideUrl, out _))
        {
            diagnostics.Error("SG1003", SourceSpan.File("--base-url"), $"--base-url \"{overrideUrl}\" không hợp lệ: dùng địa chỉ http(s) đầy đủ hoặc đường dẫn bắt đầu bằng '/'.");
            timings.Stop();
            return new PreparedSite(diagnostics, timings.Timings, null, null, []);
        }

        timings.Start(BuildPhase.Model, set.Models.Count);
        if (incremental is not null && themeSource is not null)
        {
            incremental.SiteDigest = SiteDigest.Of(content, set, themeSource, options);
        }

        var site = SiteBuilder.Build(set, options, cache?.Markdown ?? new MarkdownRenderer(), diagnostics, cache, incremental);
        Theme? theme = themeSource is null ? null : cache?.Theme(themeSource, diagnostics) ?? Theme.Parse(themeSource, diagnostics);
        IReadOnlyList<Page> pages = theme is null ? [] : [.. PagePlanner.Plan(site), .. FormPagePlanner.Plan(site), .. PosterPlanner.Plan(site, cache)];
        timings.Stop();
        return new PreparedSite(diagnostics, timings.Timings, site, theme, pages) { Options = options, Incremental = incremental };
    }

    /// <summary>Renders every page and gathers every file of the site into an <see cref="OutputPlan"/>.</summary>
    public static BuildResult Render(PreparedSite prepared, IProgress<BuildProgress>? progress = null, IOutputSink? sink = null)
    {
        var diagnostics = prepared.Diagnostics;
        if (prepared.Site is not { } site || prepared.Theme is not { } theme || diagnostics.HasErrors)
        {
            return prepared.ToResult(plan: null, pageCount: 0);
        }

        var timings = new PhaseClock(progress, prepared.Timings);
        var pages = prepared.Pages;
        timings.Start(BuildPhase.Render, pages.Count);
        var renderer = prepared.CreateRenderer();
        var files = new OutputCollector(sink);
        var done = 0;
        var incremental = prepared.Incremental;
        var storyKeys = incremental is null ? null : site.Models.ToDictionary(m => m.SourcePath, m => m.Story.Key, StringComparer.Ordinal);

        // The search index and the data files read the site model only: they are made beside the pages, on the cores
        // rendering leaves idle (the index has serial stretches). The search phase is the wait for them after rendering.
        var search = Task.Run(() => SearchFiles(site));
        var data = Task.Run(() => TimedDataFiles(prepared));

        // The posters and the forms are timed on their own, as parts of rendering: their pages' render time summed
        // over the threads, and for the forms their CSV/XLSX exports (made with the data files).
        long posterTicks = 0, formTicks = 0;
        Parallel.ForEach(pages, page =>
        {
            long elapsed = 0;
            if (incremental?.Reuse(page, storyKeys!) is { } reused)
            {
                files.Add(reused);
            }
            else
            {
                using var reads = StoryReads.Record();
                var started = Stopwatch.GetTimestamp();
                var html = renderer.RenderBytes(page, diagnostics);
                elapsed = Stopwatch.GetTimestamp() - started;
                if (html is not null)
                {
                    files.Add(new OutputFile(page.OutputPath, html));
                    incremental?.RecordPage(page, reads.Stories);
                }
            }

            // Rendering only: not the wait for the writer's queue in files.Add.
            if (page.Layout == PosterPlanner.Layout)
            {
                Interlocked.Add(ref posterTicks, elapsed);
            }
            else if (FormPagePlanner.Layouts.Contains(page.Layout))
            {
                Interlocked.Add(ref formTicks, elapsed);
            }

            var count = Interlocked.Increment(ref done);
            if (count % 64 == 0)
            {
                progress?.Report(new BuildProgress(BuildPhase.Render, count, pages.Count));
            }
        });
        timings.Start(BuildPhase.Search, site.Models.Count);
        var (dataFiles, formExportTicks) = data.GetAwaiter().GetResult();
        foreach (var file in dataFiles.Concat(search.GetAwaiter().GetResult()))
        {
            files.Add(file);
        }

        timings.AddPart("posters", Stopwatch.GetElapsedTime(0, posterTicks));
        timings.AddPart("forms", Stopwatch.GetElapsedTime(0, formTicks + formExportTicks));

        timings.Start(BuildPhase.Plan, theme.Assets.Count + site.Media.Count);
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
            timings.Stop();
            return prepared.ToResult(plan: null, pageCount: pages.Count, timings.Timings);
        }

        var plan = files.ToPlan();
        timings.Stop();
        return prepared.ToResult(plan, pages.Count, timings.Timings);
    }

    /// <summary>The files of one build: handed on to a sink as they come, or kept for an <see cref="OutputPlan"/>.</summary>
    private sealed class OutputCollector(IOutputSink? sink)
    {
        private readonly ConcurrentBag<OutputFile> _files = [];
        private int _count;
        private long _bytes;

        public void Add(OutputFile file)
        {
            if (sink is null)
            {
                _files.Add(file);
                return;
            }

            sink.Add(file);
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _bytes, file.Length);
        }

        public OutputPlan ToPlan() => sink is null ? OutputPlan.From(_files) : OutputPlan.Streamed(_count, _bytes);
    }

    // The data files, and how long the forms' exports took of it.
    private static (List<OutputFile> Files, long FormExportTicks) TimedDataFiles(PreparedSite prepared)
    {
        var files = SiteDataFiles(prepared).ToList();
        var started = Stopwatch.GetTimestamp();
        files.AddRange(FormExports.Files(prepared.Site!));
        return (files, Stopwatch.GetTimestamp() - started);
    }

    /// <summary>The files made from the site model rather than the theme: sitemap, feed, the forms' CSV and XLSX.</summary>
    public static IEnumerable<OutputFile> DataFiles(PreparedSite prepared) =>
        SiteDataFiles(prepared).Concat(FormExports.Files(prepared.Site ?? throw new InvalidOperationException("no site model")));

    private static IEnumerable<OutputFile> SiteDataFiles(PreparedSite prepared)
    {
        var site = prepared.Site ?? throw new InvalidOperationException("no site model");
        yield return new OutputFile(Urls.Sitemap, SitemapRenderer.Render(prepared.Pages, site.BaseUrl));
        yield return new OutputFile(Urls.Feed, FeedRenderer.Render(site, prepared.Options.FeedSize));
    }

    /// <summary>The search index: the manifest, its lunr.js shards and the document files.</summary>
    public static IReadOnlyList<OutputFile> SearchFiles(SiteModel site) =>
        SearchIndexBuilder.Build(SiteSearchDocuments.From(site), SiteSearchDocuments.Options(site)).ToList();
}
