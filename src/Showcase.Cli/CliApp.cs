using System.CommandLine;
using System.CommandLine.Parsing;

namespace Showcase.Cli;

/// <summary>The command line: parses arguments and hands each command to its handler. Writers are passed in for tests.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "showcase: dựng trang web tĩnh \"Mô hình hay, cách làm hay\" từ thư mục nội dung (YAML/Markdown).\n" +
            "Mã thoát: 0 thành công, 1 nội dung có lỗi, 2 gọi lệnh sai.\n\n" +
            "Ví dụ:\n" +
            "  showcase check                 kiểm tra nội dung\n" +
            "  showcase serve                 xem thử trên máy, tự tải lại khi sửa\n" +
            "  showcase build -o output       dựng trang web vào thư mục output\n" +
            "  showcase new model \"Tên mô hình\" --unit <mã> --category <mã>");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(Serve.ServeBenchmark.Create(output, error));
        VietnameseHelp.Install(root);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"lỗi: {ParseErrorText.Translate(parseError.Message)}");
            }

            error.WriteLine("Xem hướng dẫn: showcase --help");
            return UsageError;
        }

        if (args.Length == 0)
        {
            error.WriteLine("Hãy chọn một lệnh, ví dụ: showcase build. Xem hướng dẫn: showcase --help");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
