namespace Showcase.Site.Tests.Cli;

/// <summary>Every command's --help is Vietnamese with examples; --version prints the version; exit codes follow the convention.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("new", "model")]
    [InlineData("new", "standards")]
    public void Help_of_every_command_is_vietnamese_with_examples(params string[] command)
    {
        var run = CliRun.Run([.. command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Mô tả:\n", run.Output);
        Assert.Contains("\nCách dùng:\n  showcase " + string.Join(' ', command), run.Output);
        Assert.Contains("Ví dụ:\n", run.Output);
        Assert.Contains("  -?, -h, /?, /h, --help", run.Output);
        Assert.DoesNotContain("Usage:", run.Output);
        Assert.DoesNotContain("Options:", run.Output);
        Assert.DoesNotContain("Show help", run.Output);
    }

    [Fact]
    public void Root_help_lists_the_commands_but_not_the_hidden_benchmark()
    {
        var run = CliRun.Run("--help");
        Assert.Contains("Lệnh:\n  build", run.Output);
        foreach (var command in new[] { "check", "serve", "new" })
        {
            Assert.Contains($"\n  {command} ", run.Output);
        }

        Assert.DoesNotContain("serve-bench", run.Output);
        Assert.Matches(@"\n  --version +Hiện phiên bản của showcase\n", run.Output);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = CliRun.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public void No_command_and_unknown_commands_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Run().ExitCode);
        var run = CliRun.Run("dung");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("showcase --help", run.Error);
    }

    [Theory]
    [InlineData("lỗi: thiếu tùy chọn bắt buộc --unit.", "new", "model", "Thử", "--category", "x")]
    [InlineData("lỗi: lệnh 'standards' cần một đối số (xem ví dụ trong --help).", "new", "standards")]
    [InlineData("lỗi: giá trị 'xml' không hợp lệ; hãy dùng một trong: text, json.", "check", "--format", "xml")]
    [InlineData("lỗi: không hiểu lệnh hay tùy chọn 'chek'.", "chek")]
    [InlineData("lỗi: không đọc được 'abc' cho --port: cần một số nguyên.", "serve", "--port", "abc")]
    public void Usage_errors_are_said_in_vietnamese(string expected, params string[] args)
    {
        var run = CliRun.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected + "\n", run.Error);
        Assert.EndsWith("Xem hướng dẫn: showcase --help\n", run.Error);
    }
}
