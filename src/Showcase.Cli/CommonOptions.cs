using System.CommandLine;
using System.Globalization;

namespace Showcase.Cli;

/// <summary>Options shared by several commands, and the values the library takes from the environment.</summary>
public static class CommonOptions
{
    public static Option<string> Content() => new("--content", "-c")
    {
        Description = "Thư mục nội dung (mặc định: content)",
        HelpName = "thư-mục",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Thư mục ghi trang web (mặc định: output)",
        HelpName = "thư-mục",
        DefaultValueFactory = _ => "output",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Thư mục giao diện (mặc định: themes/default, hoặc giao diện đi kèm công cụ)",
        HelpName = "thư-mục",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Thay base_url của site.yaml, ví dụ /mo-hinh/ hoặc https://example.gov.vn/mo-hinh/",
        HelpName = "địa-chỉ",
    };

    public static Option<bool> Quiet(string description = "Chỉ in lỗi") => new("--quiet", "-q") { Description = description };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "In thêm chi tiết: từng bước và thời gian của nó" };

    /// <summary>The theme folder: the one given, else themes/default here, else the one shipped beside the tool.</summary>
    public static string ResolveTheme(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        var local = Path.Combine("themes", "default");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "themes", "default");
    }

    /// <summary>The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today in Vietnam (UTC+7).</summary>
    public static DateOnly Today()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        var instant = epoch is not null && long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow;
        return DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);
    }
}
