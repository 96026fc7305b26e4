using System.CommandLine;
using Showcase.Generator.Build;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Site;

namespace Showcase.Cli;

/// <summary><c>showcase check</c>: every error and warning of the content, without writing a site.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Cách in kết quả: text (cho người đọc) hoặc json (cho CI, trình soạn thảo)",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var quiet = CommonOptions.Quiet();
        var command = new Command(
            "check",
            "Kiểm tra thư mục nội dung: in mọi lỗi và cảnh báo (tệp:dòng:cột), không ghi trang web.\n" +
            "Mã thoát: 0 khi không có lỗi (có thể có cảnh báo), 1 khi có lỗi.\n\n" +
            "Ví dụ:\n" +
            "  showcase check\n" +
            "  showcase check --content content --format json > ket-qua.json")
        {
            content, format, quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(quiet), output, error));
        return command;
    }

    public static int Run(string contentDir, string format, bool quiet, TextWriter output, TextWriter error)
    {
        var source = ContentReader.Read(contentDir);
        var result = SiteGenerator.Check(source, theme: null, new BuildOptions { Today = CommonOptions.Today() });
        if (format == "json")
        {
            output.Write(DiagnosticJsonFormatter.Format(result.Diagnostics, contentDir));
        }
        else
        {
            var shown = quiet ? result.Diagnostics.Where(d => d.IsError).ToList() : result.Diagnostics;
            output.Write(DiagnosticText.Format(shown, source));
            if (!quiet || result.ErrorCount > 0)
            {
                var models = result.Site?.Models.Count ?? 0;
                output.WriteLine(result.ErrorCount == 0
                    ? $"Nội dung hợp lệ: {source.Files.Count} tệp, {models} mô hình; {result.WarningCount} cảnh báo."
                    : $"Có {result.ErrorCount} lỗi, {result.WarningCount} cảnh báo trong {source.Files.Count} tệp. Sửa các lỗi trên rồi chạy lại: showcase check");
            }
        }

        return result.ErrorCount > 0 ? CliApp.ContentErrors : CliApp.Success;
    }
}
