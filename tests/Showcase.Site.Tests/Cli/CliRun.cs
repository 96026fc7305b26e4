using System.Text.Json;
using Showcase.Cli;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Cli;

/// <summary>Runs <c>showcase</c> in-process on an inline content tree written to a temp folder.</summary>
public static class CliRun
{
    /// <summary>The sample-sized minimal site with a model for every unit: clean, no warning.</summary>
    public const string Clean = MiniSite.Minimal + """

        -- models/2023/mot-cua.md --
        ---
        title: "Một cửa thân thiện"
        summary: "Tiếp nhận, trả kết quả hồ sơ đúng hẹn, tận tình hướng dẫn người dân."
        unit: phuong-1
        category: cai-cach-hanh-chinh
        year: 2023
        ---

        Bộ phận một cửa của phường niêm yết công khai thủ tục.
        """;

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>Writes the tree (a <c>-- path --</c> text, later sections replacing earlier ones) into <paramref name="dir"/>.</summary>
    public static string WriteTree(TempDirectory dir, params string[] texts)
    {
        var root = dir.Combine("content");
        Directory.CreateDirectory(root);
        MiniSite.Write(root, MiniSite.Parse(texts));
        return root;
    }

    /// <summary><c>showcase check --format json</c>'s findings as "path:line:column: severity CODE".</summary>
    public static (int ExitCode, string[] Findings) Check(string contentDir)
    {
        var run = Run("check", "--content", contentDir, "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}: {f.GetProperty("severity").GetString()} {f.GetProperty("code").GetString()}")
            .ToArray();
        return (run.ExitCode, findings);
    }
}
