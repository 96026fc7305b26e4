using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Showcase.Generator.Build;
using Showcase.Generator.Build.Io;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Output.Io;
using Showcase.Generator.Posters.Io;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;

namespace Showcase.Cli;

/// <summary><c>showcase build</c>: content → site, written atomically into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var outputDir = CommonOptions.Output();
        var theme = CommonOptions.Theme();
        var baseUrl = CommonOptions.BaseUrl();
        var timings = new Option<bool>("--timings") { Description = "In thời gian của từng bước (như --verbose)" };
        var quiet = CommonOptions.Quiet("Chỉ in lỗi và cảnh báo, không in tiến độ và dòng tổng kết");
        var verbose = CommonOptions.Verbose();
        var pdf = new Option<bool>("--pdf") { Description = "In cả áp phích chuẩn mực ra PDF (cần Chromium)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Dựng lại mọi trang từ đầu, không dùng nhật ký của lần dựng trước (.<thư-mục-đầu-ra>.cache/)" };
        var chromium = new Option<string?>("--chromium") { HelpName = "đường-dẫn", Description = $"Đường dẫn Chromium để in PDF (mặc định: {PdfPrinter.DebianChromium})" };
        var command = new Command("build", "Dựng trang web từ thư mục nội dung vào thư mục đầu ra.\n\nVí dụ:\n  showcase build\n  showcase build --content content --output output --base-url /mo-hinh/")
        {
            content, outputDir, theme, baseUrl, timings, quiet, verbose, pdf, chromium, noCache,
        };
        command.SetAction(parse => Run(
            parse.GetValue(content)!, parse.GetValue(outputDir)!, CommonOptions.ResolveTheme(parse.GetValue(theme)), parse.GetValue(baseUrl),
            parse.GetValue(timings) || parse.GetValue(verbose), parse.GetValue(quiet), output, error, parse.GetValue(pdf), parse.GetValue(chromium),
            useJournal: !parse.GetValue(noCache)));
        return command;
    }

    public static int Run(
        string contentDir, string outputDir, string themeDir, string? baseUrl, bool showTimings, bool quiet, TextWriter output, TextWriter error,
        bool pdf = false, string? chromium = null, bool useJournal = true)
    {
        var clock = Stopwatch.StartNew();
        using var progress = BuildProgressDisplay.For(output, quiet, showTimings);
        progress.Report(new BuildProgress(BuildPhase.Read, 0, 0));
        var source = ContentReader.Read(contentDir);
        if (!Directory.Exists(themeDir))
        {
            error.WriteLine($"lỗi: không tìm thấy thư mục giao diện {themeDir}. Hãy chỉ đúng bằng --theme.");
            return CliApp.UsageError;
        }

        var themeSource = ThemeReader.Read(themeDir, themeDir.Replace('\\', '/'));
        var readTime = clock.Elapsed;
        progress.Report(new BuildProgress(BuildPhase.Read, source.Files.Count + source.Media.Count, source.Files.Count + source.Media.Count));
        Diagnostic? noChromium = null;
        var chromiumPath = pdf ? PosterPdfStep.FindChromium(chromium, out noChromium) : null;
        var options = new BuildOptions { BaseUrlOverride = baseUrl, Today = CommonOptions.Today(), Pdf = chromiumPath is not null };
        // The journal of the last build into this output lets unchanged pages and stories be taken from it. Not with
        // --pdf: the PDFs are printed from the pages' HTML, so every page is rendered.
        var journalClock = Stopwatch.StartNew();
        var journalFolder = BuildJournalStore.FolderFor(outputDir);
        var outputRoot = Path.GetFullPath(outputDir);
        var incremental = useJournal && !pdf
            ? new IncrementalBuild(BuildJournalStore.Load(journalFolder, SiteDigest.Generator), outputRoot, (path, entry) => IsIntact(outputRoot, path, entry))
            : null;
        var journalTime = journalClock.Elapsed;

        // Files are written into a new folder beside the output while the rest is still being made (not with --pdf,
        // whose printing needs the finished pages); the folder takes the output's place only when the build succeeded.
        using var staging = chromiumPath is null ? TryBegin(outputDir, error) : null;
        if (chromiumPath is null && staging is null)
        {
            return CliApp.ContentErrors;
        }

        BuildResult result;
        try
        {
            var prepared = SiteGenerator.Prepare(source, themeSource, options, progress: progress, incremental: incremental);
            var storiesSaved = SaveStoriesWhileRendering(prepared, journalFolder, error);
            result = SiteGenerator.Render(prepared, progress, staging);
            journalClock.Restart();
            storiesSaved.Wait();
            journalTime += journalClock.Elapsed;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException))
        {
            progress.Dispose();
            error.WriteLine($"{outputDir}: lỗi SG4001: không ghi được trang web: {e.InnerExceptions[0].Message}. Thư mục {outputDir} vẫn giữ bản trước.");
            return CliApp.ContentErrors;
        }

        if (result.Plan is null || chromiumPath is not null)
        {
            progress.Dispose();
        }

        if (noChromium is not null)
        {
            result = result with { Diagnostics = [noChromium, .. result.Diagnostics] };
        }

        Report(result, source, themeSource, error);
        if (result.Plan is null)
        {
            error.WriteLine($"Không dựng được trang: {result.ErrorCount} lỗi, {result.WarningCount} cảnh báo. Thư mục {outputDir} vẫn giữ bản trước.");
            return CliApp.ContentErrors;
        }

        if (chromiumPath is not null)
        {
            if (PosterPdfStep.Print(result, chromiumPath, outputDir, error) is not { Plan: not null } withPdfs)
            {
                return CliApp.ContentErrors;
            }

            result = withPdfs;
        }

        var writeClock = Stopwatch.StartNew();
        OutputWriter.Result written;
        try
        {
            progress.Report(new BuildProgress(BuildPhase.Write, 0, result.Plan.FileCount));
            written = staging is not null ? staging.Commit() : OutputWriter.Write(result.Plan, outputDir);
            progress.Report(new BuildProgress(BuildPhase.Write, result.Plan.FileCount, result.Plan.FileCount));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outputDir}: lỗi SG4001: không ghi được trang web: {e.Message}. Thư mục {outputDir} vẫn giữ bản trước.");
            return CliApp.ContentErrors;
        }

        journalClock.Restart();
        if (incremental is not null)
        {
            try
            {
                BuildJournalStore.SavePages(journalFolder, incremental.Journal(SiteDigest.Generator, path => FileOf(outputRoot, path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The site is written; without a journal the next build renders every page again.
                error.WriteLine($"{journalFolder}: cảnh báo SG4002: không ghi được nhật ký dựng ({e.Message}); lần dựng sau sẽ dựng lại mọi trang.");
            }
        }

        journalTime += journalClock.Elapsed;
        progress.Dispose();
        if (showTimings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  read      {readTime.TotalMilliseconds,8:0} ms"));
            foreach (var timing in result.Timings)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Phase,-9} {timing.Elapsed.TotalMilliseconds,8:0} ms"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  write     {writeClock.Elapsed.TotalMilliseconds - journalClock.Elapsed.TotalMilliseconds - written.Cleanup.TotalMilliseconds,8:0} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cleanup   {written.Cleanup.TotalMilliseconds,8:0} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  journal   {journalTime.TotalMilliseconds,8:0} ms"));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  gc pause  {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms (gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated)"));
        }

        if (!quiet)
        {
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"));
            output.WriteLine(
                $"Đã dựng {result.PageCount} trang, {result.Site!.Models.Count} mô hình, {result.Plan.FileCount} tệp vào {outputDir} trong {seconds} giây " +
                $"({written.Written} tệp ghi mới, {written.Linked} tệp không đổi{Reused(incremental, result.PageCount)}; {result.WarningCount} cảnh báo).");
        }

        return CliApp.Success;
    }

    // The stories' words and warnings are known once the site model is built: they are saved on a thread of their
    // own while the pages are rendered (a story's key names all it is made from, so they are valid whatever follows).
    private static Task SaveStoriesWhileRendering(PreparedSite prepared, string journalFolder, TextWriter error)
    {
        if (prepared.Incremental is not { } incremental || !prepared.CanRender)
        {
            return Task.CompletedTask;
        }

        return Task.Factory.StartNew(
            () =>
            {
                try
                {
                    BuildJournalStore.SaveStories(journalFolder, SiteDigest.Generator, incremental.Stories);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    lock (error)
                    {
                        error.WriteLine($"{journalFolder}: cảnh báo SG4002: không ghi được nhật ký dựng ({e.Message}); lần dựng sau sẽ đọc lại mọi câu chuyện.");
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    private static OutputWriter.Staging? TryBegin(string outputDir, TextWriter error)
    {
        try
        {
            // The replaced site is moved into the journal's folder and deleted during the next build, not at the end of this one.
            return OutputWriter.Begin(outputDir, trash: BuildJournalStore.FolderFor(outputDir));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outputDir}: lỗi SG4001: không ghi được trang web: {e.Message}. Thư mục {outputDir} vẫn giữ bản trước.");
            return null;
        }
    }

    private static string Reused(IncrementalBuild? incremental, int pages) =>
        incremental is { ReusedPages: > 0 } ? $", {pages - incremental.ReusedPages} trang dựng lại" : string.Empty;

    private static bool IsIntact(string outputRoot, string path, PageEntry entry) =>
        FileOf(outputRoot, path) is { } file && file.Length == entry.Length && file.WriteTicks == entry.WriteTicks;

    private static (long Length, long WriteTicks)? FileOf(string outputRoot, string path)
    {
        // One stat: a symbolic link (ReparsePoint in the same stat's attributes) is never taken as the page's file.
        var info = new FileInfo(Path.Combine(outputRoot, path));
        return info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public static void Report(BuildResult result, Generator.Content.ContentSource source, Generator.Rendering.ThemeSource? theme, TextWriter error)
    {
        if (result.Diagnostics.Count == 0)
        {
            return;
        }

        error.Write(DiagnosticText.Format(result.Diagnostics, source, theme));
    }
}
