using System.Diagnostics;
using System.Globalization;
using Showcase.Generator.Build;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Posters;
using Showcase.Generator.Posters.Io;

namespace Showcase.Cli;

/// <summary>
/// <c>showcase build --pdf</c>: prints the posters of the built plan to PDF before it is written, so the PDFs are
/// swapped in with the rest of the site. Without Chromium the site is built without PDFs (and without links to them).
/// </summary>
public static class PosterPdfStep
{
    /// <summary>The Chromium to print with; when there is none, null and a warning saying what to install.</summary>
    public static string? FindChromium(string? given, out Diagnostic? warning)
    {
        warning = null;
        if (PdfPrinter.FindChromium(given) is { } found)
        {
            return found;
        }

        var where = given is null ? $"không tìm thấy Chromium ({PdfPrinter.DebianChromium})" : $"không có Chromium ở {given}";
        warning = new Diagnostic(
            Severity.Warning, "SG4101", SourceSpan.File("--pdf"),
            $"{where} nên không in được áp phích ra PDF. Hãy cài: sudo apt-get install chromium (hoặc chỉ đường dẫn bằng --chromium). Vẫn dựng trang HTML, không kèm PDF.");
        return null;
    }

    /// <summary>The build with the PDFs added to its plan, or null after reporting the posters that could not be printed.</summary>
    public static BuildResult? Print(BuildResult result, string chromium, string outputDir, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var jobs = PosterPlanner.PdfJobs(result.Site!);
        var printed = new PdfPrinter(chromium).Print(result.Plan!, jobs, result.Site!.Today);
        if (!printed.Succeeded)
        {
            foreach (var failure in printed.Failures)
            {
                error.WriteLine($"{failure.PdfPath}: lỗi SG4102: không in được PDF: {failure.Message}");
            }

            error.WriteLine($"Không in được {printed.Failures.Count}/{jobs.Count} áp phích ra PDF. Thư mục {outputDir} vẫn giữ bản trước; dựng lại không có --pdf để chỉ lấy trang HTML.");
            return null;
        }

        var timings = result.Timings.Append(new PhaseTiming("pdf", clock.Elapsed)).ToList();
        return result with { Plan = printed.Plan, Timings = timings };
    }
}
