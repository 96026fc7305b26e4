using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Showcase.Cli.Serve;

/// <summary>
/// What serve adds to the HTML it sends, and only there: a script that listens to <see cref="EventsPath"/>
/// (server-sent events), reloads the tab after a good rebuild and shows a failed build's diagnostics as an overlay
/// over the last good page.
/// </summary>
public static class LiveReload
{
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly JsonSerializerOptions EventJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string EventsPath = "/__showcase/events";

    public const string OverlayId = "showcase-loi";

    /// <summary>The script for a page served at state <paramref name="version"/>, with the current problem (if any) shown at once.</summary>
    public static string Script(int version, string? problem)
    {
        var problemJson = JsonSerializer.Serialize(problem, ScriptJson);
        return $$"""
            <script id="showcase-live-reload">
            (function () {
              var version = {{version.ToString(CultureInfo.InvariantCulture)}};
              function show(text) {
                var box = document.getElementById("{{OverlayId}}");
                if (!text) { if (box) box.remove(); return; }
                if (!box) {
                  box = document.createElement("div");
                  box.id = "{{OverlayId}}";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;padding:2rem;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
                  var title = document.createElement("h2");
                  title.textContent = "Nội dung có lỗi: trang đang hiện bản dựng tốt gần nhất. Sửa tệp và lưu lại, trang sẽ tự cập nhật.";
                  title.style.cssText = "font:bold 16px/1.4 system-ui,sans-serif;color:#ffb4b4;margin:0 0 1rem";
                  var pre = document.createElement("pre");
                  pre.style.cssText = "white-space:pre-wrap;margin:0";
                  box.appendChild(title);
                  box.appendChild(pre);
                  document.body.appendChild(box);
                }
                box.querySelector("pre").textContent = text;
              }
              show({{problemJson}});
              var source = new EventSource("{{EventsPath}}?v=" + version);
              source.addEventListener("reload", function () { source.close(); location.reload(); });
              source.addEventListener("problem", function (e) { show(JSON.parse(e.data).text); });
            })();
            </script>
            """;
    }

    /// <summary>The page with the script put before its last &lt;/body&gt; (or at its end).</summary>
    public static byte[] Inject(byte[] html, int version, string? problem)
    {
        var text = Encoding.UTF8.GetString(html);
        var script = Script(version, problem);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + script : string.Concat(text.AsSpan(0, at), script, text.AsSpan(at)));
    }

    /// <summary>One server-sent event for a state: reload after a good build, the problem after a failed one.</summary>
    public static string Event(ServeState state) =>
        state.Problem is { } problem
            ? $"event: problem\ndata: {JsonSerializer.Serialize(new { text = problem }, EventJson)}\n\n"
            : $"event: reload\ndata: {state.Version.ToString(CultureInfo.InvariantCulture)}\n\n";

    /// <summary>The page shown when there is no good build yet: the problem, and the script that reloads once it is fixed.</summary>
    public static byte[] ProblemPage(ServeState state) => Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Nội dung có lỗi</title></head><body>"
        + "<p>Chưa dựng được trang web: nội dung có lỗi.</p>" + Script(state.Version, state.Problem ?? "lỗi chưa rõ") + "</body></html>\n");
}
