using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Showcase.Cli.Serve;

/// <summary>
/// <c>showcase serve-bench</c> (hidden): the time from saving one model to the rebuilt page, through the same
/// session, watcher and server as <c>serve</c>. It appends a sentence to the story of the newest model N times, waits each time for
/// the server's reload event and fetches the page and checks it shows the sentence, then puts the file back.
/// </summary>
public static class ServeBenchmark
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var edits = new Option<int>("--edits") { Description = "Số lần sửa và đo", DefaultValueFactory = _ => 20 };
        var command = new Command("serve-bench", "Đo thời gian từ lúc lưu một mô hình đến khi trang được dựng lại (dùng cho bench/).")
        {
            content, theme, edits,
        };
        command.Hidden = true;
        command.SetAction((parse, cancellation) => RunAsync(
            parse.GetValue(content)!, CommonOptions.ResolveTheme(parse.GetValue(theme)), parse.GetValue(edits), output, error, cancellation));
        return command;
    }

    public static async Task<int> RunAsync(string contentDir, string themeDir, int edits, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var session = new SiteSession(contentDir, themeDir, new Generator.Site.BuildOptions { Today = CommonOptions.Today() });
        var clock = Stopwatch.StartNew();
        var first = session.BuildAll();
        if (first.Snapshot is not { } snapshot || snapshot.Site.Models.Count == 0)
        {
            error.Write(first.Problem);
            error.WriteLine("lỗi: cần một nội dung không có lỗi và có ít nhất một mô hình.");
            return CliApp.ContentErrors;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dựng lần đầu: {clock.ElapsedMilliseconds} ms, {snapshot.Site.Models.Count} mô hình."));
        var model = snapshot.Site.Models[0];
        var file = Path.Combine(session.ContentDir, model.SourcePath);
        var original = await File.ReadAllTextAsync(file, cancellation).ConfigureAwait(false);
        if (await ServeCommand.StartAsync(session, 0, quiet: true, TextWriter.Null, error, cancellation).ConfigureAwait(false) is not { } started)
        {
            return CliApp.UsageError;
        }

        var (server, watcher) = started;
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var pageUrl = snapshot.BasePath + model.Url;
        var times = new List<double>();
        var rebuilds = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        try
        {
            await http.GetStringAsync(pageUrl, cancellation).ConfigureAwait(false);
            using var events = new StreamReader(await http.GetStreamAsync($"{LiveReload.EventsPath}?v={session.State.Version}", cancellation).ConfigureAwait(false));
            for (var i = 1; i <= edits; i++)
            {
                var marker = $"Dòng đo độ trễ số {i} của tiến trình {Environment.ProcessId}.";
                var edited = original.TrimEnd('\n') + "\n\n" + marker + "\n";

                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var saved = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, edited, new UTF8Encoding(false), cancellation).ConfigureAwait(false);
                while (await events.ReadLineAsync(cancellation).ConfigureAwait(false) is { } line && line != "event: reload")
                {
                }

                var html = await http.GetStringAsync(pageUrl, cancellation).ConfigureAwait(false);
                times.Add(saved.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                rebuilds.Add(session.State.Elapsed.TotalMilliseconds);
                if (Environment.GetEnvironmentVariable("SHOWCASE_BENCH_PHASES") is not null)
                {
                    output.WriteLine(string.Join(", ", session.State.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Phase} {t.Elapsed.TotalMilliseconds:0}"))) + string.Create(CultureInfo.InvariantCulture, $"; total {session.State.Elapsed.TotalMilliseconds:0}"));
                }
                if (!html.Contains(marker, StringComparison.Ordinal))
                {
                    error.WriteLine($"lỗi: lần {i}: trang chưa có dòng vừa thêm.");
                    return CliApp.ContentErrors;
                }

                await Task.Delay(150, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(file, original, new UTF8Encoding(false), CancellationToken.None).ConfigureAwait(false);
            watcher.Dispose();
            await server.DisposeAsync().ConfigureAwait(false);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lưu → trang mới ({edits} lần, {model.SourcePath}): trung vị {Percentile(times, 50):0} ms, p90 {Percentile(times, 90):0} ms, tối đa {times.Max():0} ms; " +
            $"trong đó dựng lại: trung vị {Percentile(rebuilds, 50):0} ms (sau {watcher.Quiet.TotalMilliseconds:0} ms chờ yên); " +
            $"thời gian CPU của tiến trình cho mỗi lần lưu: trung vị {Percentile(cpu, 50):0} ms."));
        return CliApp.Success;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
