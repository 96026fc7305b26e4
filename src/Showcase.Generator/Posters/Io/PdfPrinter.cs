using System.Diagnostics;
using System.Globalization;
using Showcase.Generator.Output;

namespace Showcase.Generator.Posters.Io;

/// <summary>
/// Prints the poster pages of a built <see cref="OutputPlan"/> to PDF with headless Chromium and returns the plan
/// with the PDFs added, so they are written and swapped in with the rest of the site by <c>OutputWriter</c>: a
/// failed print leaves the previous site whole. The pages and the theme's assets are written to a temporary folder
/// and printed from there over file:// (poster pages link their assets relatively for this); two at a time, each
/// Chromium with its own profile. Each PDF is checked: one page of the sheet's size, within half a millimetre.
/// </summary>
public sealed class PdfPrinter(string chromium, int parallelism = 2, TimeSpan? timeout = null)
{
    /// <summary>Debian's package (apt-get install chromium) puts it here.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    private const double ToleranceMm = 0.5;
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(90);

    /// <summary>A PDF that could not be printed, and why (in Vietnamese, for the editor).</summary>
    public sealed record Failure(string PdfPath, string Message);

    public sealed record Result(OutputPlan Plan, IReadOnlyList<Failure> Failures)
    {
        public bool Succeeded => Failures.Count == 0;
    }

    /// <summary>The Chromium to use: the given path if it exists, else Debian's, else a chromium on PATH; null when none is found.</summary>
    public static string? FindChromium(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        if (File.Exists(DebianChromium))
        {
            return DebianChromium;
        }

        var names = new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints every job; the PDFs' dates are set to <paramref name="buildDate"/>.</summary>
    public Result Print(OutputPlan plan, IReadOnlyList<PosterPdfJob> jobs, DateOnly buildDate)
    {
        if (jobs.Count == 0)
        {
            return new Result(plan, []);
        }

        var temp = Directory.CreateTempSubdirectory("showcase-pdf-").FullName;
        try
        {
            var site = Path.Combine(temp, "site");
            var pages = jobs.Select(j => j.PagePath).ToHashSet(StringComparer.Ordinal);
            foreach (var file in plan.Files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal) || pages.Contains(f.Path)))
            {
                var path = Path.Combine(site, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            var pdfs = new OutputFile?[jobs.Count];
            var failures = new Failure?[jobs.Count];
            var next = -1;

            // A few workers, each with its own Chromium profile (two Chromiums cannot share one), take the next job.
            void Work(int worker)
            {
                var profile = Path.Combine(temp, $"profile-{worker}");
                for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
                {
                    var job = jobs[i];
                    var page = Path.Combine(site, job.PagePath);
                    var pdf = Path.Combine(temp, $"poster-{i}.pdf");
                    var (bytes, failure) = PrintOne(page, pdf, profile, job);
                    if (bytes is null)
                    {
                        // One retry: a busy machine sometimes loses a renderer.
                        (bytes, failure) = PrintOne(page, pdf, profile, job);
                    }

                    if (bytes is null)
                    {
                        failures[i] = new Failure(job.PdfPath, failure);
                    }
                    else
                    {
                        pdfs[i] = new OutputFile(job.PdfPath, PdfFile.WithDate(bytes, buildDate));
                    }
                }
            }

            var workers = Enumerable.Range(0, Math.Clamp(parallelism, 1, jobs.Count)).Select(w => new Thread(() => Work(w))).ToList();
            workers.ForEach(t => t.Start());
            workers.ForEach(t => t.Join());

            var failed = failures.OfType<Failure>().ToList();
            return failed.Count > 0
                ? new Result(plan, failed)
                : new Result(OutputPlan.From(plan.Files.Concat(pdfs.OfType<OutputFile>())), []);
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private (byte[]? Pdf, string Failure) PrintOne(string page, string output, string profile, PosterPdfJob job)
    {
        File.Delete(output);
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--no-pdf-header-footer", "--virtual-time-budget=5000", $"--user-data-dir={profile}",
            $"--print-to-pdf={output}", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        string errors;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, string.Create(CultureInfo.InvariantCulture, $"Chromium chưa in xong sau {_timeout.TotalSeconds:0} giây nên đã bị dừng."));
            }

            errors = stderr.Result;
            if (process.ExitCode != 0)
            {
                return (null, $"Chromium thoát với mã {process.ExitCode}: {LastLine(errors)}");
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return (null, $"không chạy được {chromium}: {e.Message}");
        }

        // Chromium exits 0 and writes nothing when the page is missing: check the file itself.
        if (!File.Exists(output))
        {
            return (null, $"Chromium không ghi ra tệp PDF nào. {LastLine(errors)}");
        }

        var bytes = File.ReadAllBytes(output);
        return PdfFile.Inspect(bytes) switch
        {
            null => (null, "tệp Chromium ghi ra không phải PDF đọc được."),
            { Pages: not 1 } facts => (null, $"áp phích in ra {facts.Pages} trang thay vì 1: nội dung tràn khỏi tờ (xem {job.PagePath})."),
            var facts when Math.Abs(facts.WidthMm - job.Size.WidthMm) > ToleranceMm || Math.Abs(facts.HeightMm - job.Size.HeightMm) > ToleranceMm =>
                (null, string.Create(CultureInfo.InvariantCulture, $"trang PDF khổ {facts.WidthMm:0.0} × {facts.HeightMm:0.0} mm, cần {job.Size.WidthMm} × {job.Size.HeightMm} mm.")),
            _ => (bytes, string.Empty),
        };
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.Contains("unexpected operator", StringComparison.Ordinal) && !l.Contains("dbus", StringComparison.Ordinal)) ?? string.Empty;
}
