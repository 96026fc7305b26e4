using System.CommandLine;
using System.Globalization;
using Showcase.Cli.Serve;
using Showcase.Generator.Site;

namespace Showcase.Cli;

/// <summary><c>showcase serve</c>: builds in memory, serves on 127.0.0.1, rebuilds on every save and reloads open tabs.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 1313;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Cổng để nghe trên 127.0.0.1 (mặc định: {DefaultPort}; 0: chọn cổng trống bất kỳ)",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "cổng",
        };
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var baseUrl = CommonOptions.BaseUrl();
        var quiet = CommonOptions.Quiet("Chỉ in lỗi, không in dòng báo mỗi lần dựng lại");
        var command = new Command(
            "serve",
            "Xem thử trang web trên máy mình: dựng trong bộ nhớ, phục vụ tại http://127.0.0.1:<cổng>/ theo đường dẫn của base_url,\n" +
            "theo dõi thư mục nội dung và giao diện, dựng lại khi lưu tệp và tự tải lại các tab đang mở.\n" +
            "Khi nội dung có lỗi, trình duyệt hiện lỗi (tệp:dòng:cột) đè lên bản dựng tốt gần nhất. Nhấn Ctrl+C để dừng.\n\n" +
            "Ví dụ:\n" +
            "  showcase serve\n" +
            "  showcase serve --port 8080 --content content --theme themes/default")
        {
            port, content, theme, baseUrl, quiet,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            parse.GetValue(content)!, CommonOptions.ResolveTheme(parse.GetValue(theme)), parse.GetValue(baseUrl), parse.GetValue(port),
            parse.GetValue(quiet), output, error, cancellation));
        return command;
    }

    public static async Task<int> RunAsync(
        string contentDir, string themeDir, string? baseUrl, int port, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (port is < 0 or > 65535)
        {
            error.WriteLine($"lỗi: --port phải từ 0 đến 65535 (đang là {port}).");
            return CliApp.UsageError;
        }

        if (!Directory.Exists(themeDir))
        {
            error.WriteLine($"lỗi: không tìm thấy thư mục giao diện {themeDir}. Hãy chỉ đúng bằng --theme.");
            return CliApp.UsageError;
        }

        var session = new SiteSession(contentDir, themeDir, new BuildOptions { BaseUrlOverride = baseUrl, Today = CommonOptions.Today() });
        Report(session.BuildAll(), null, session, quiet, output, error);
        if (await StartAsync(session, port, quiet, output, error, cancellation).ConfigureAwait(false) is not { } started)
        {
            return CliApp.UsageError;
        }

        var (server, watcher) = started;

        await using (server.ConfigureAwait(false))
        using (watcher)
        {
            output.WriteLine($"Đang phục vụ tại {server.SiteAddress}  (theo dõi {contentDir} và {themeDir}; Ctrl+C để dừng)");
            output.Flush();
            try
            {
                // Ctrl+C or SIGTERM: ASP.NET Core's host stops the server, or the command line cancels; either ends the wait.
                await server.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            output.WriteLine("Đã dừng.");
        }

        return CliApp.Success;
    }

    /// <summary>The server on <paramref name="port"/> and the watcher that rebuilds the session on every save; null if the port cannot be had.</summary>
    public static async Task<(DevServer Server, ChangeWatcher Watcher)?> StartAsync(
        SiteSession session, int port, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(session, port, cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            error.WriteLine($"lỗi: không mở được cổng {port} trên 127.0.0.1 ({e.Message}). Hãy chọn cổng khác bằng --port, hoặc --port 0.");
            return null;
        }

        var watcher = new ChangeWatcher(session.ContentDir, session.ThemeDir, TimeSpan.FromMilliseconds(30), (changes, themeChanged) =>
        {
            try
            {
                Report(session.Rebuild(changes, themeChanged), Describe(changes, themeChanged), session, quiet, output, error);
            }
#pragma warning disable CA1031 // A bug of ours in one rebuild must not stop the server: it says so and keeps the last good site.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error.WriteLine($"lỗi nội bộ của showcase khi dựng lại (trang đang phục vụ vẫn là bản dựng tốt gần nhất); xin báo lại lỗi này:\n{e}");
            }
        });
        return (server, watcher);
    }

    private static string Describe(IReadOnlyCollection<string>? changes, bool themeChanged)
    {
        var parts = new List<string>();
        if (changes is null)
        {
            parts.Add("toàn bộ nội dung");
        }
        else if (changes.Count > 0)
        {
            var files = changes.Where(c => c.EndsWith(".md", StringComparison.Ordinal) || c.EndsWith(".yaml", StringComparison.Ordinal) || c.EndsWith(".yml", StringComparison.Ordinal) || c.StartsWith("media/", StringComparison.Ordinal)).ToList();
            parts.Add(files.Count is > 0 and <= 3 ? string.Join(", ", files.Order(StringComparer.Ordinal)) : $"{changes.Count} tệp");
        }

        if (themeChanged)
        {
            parts.Add("giao diện");
        }

        return string.Join(", ", parts);
    }

    private static void Report(ServeState state, string? change, SiteSession session, bool quiet, TextWriter output, TextWriter error)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var ms = state.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var what = change is null ? "Dựng lần đầu" : $"Thay đổi: {change}. Dựng lại";
        if (state.Problem is { } problem)
        {
            error.Write(problem);
            error.WriteLine($"[{time}] {what}: có lỗi ({ms} ms); trình duyệt đang hiện lỗi trên bản dựng tốt gần nhất.");
            error.Flush();
        }
        else if (!quiet)
        {
            var warnings = state.Diagnostics.Count(d => !d.IsError);
            if (warnings > 0 && change is null)
            {
                error.Write(session.Format(state.Diagnostics));
            }

            output.WriteLine($"[{time}] {what} trong {ms} ms: {state.Snapshot!.Site.Models.Count} mô hình, {warnings} cảnh báo.");
            output.Flush();
        }
    }
}
