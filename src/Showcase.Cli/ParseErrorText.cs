using System.Text.RegularExpressions;

namespace Showcase.Cli;

/// <summary>
/// System.CommandLine's parse errors, said in Vietnamese. Its messages come from resources that have no Vietnamese;
/// the common ones are matched here, anything else is shown as it is.
/// </summary>
public static partial class ParseErrorText
{
    public static string Translate(string message)
    {
        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"thiếu tùy chọn bắt buộc {required.Groups[1].Value}.";
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return $"lệnh '{argument.Groups[1].Value}' cần một đối số (xem ví dụ trong --help).";
        }

        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            return $"không hiểu lệnh hay tùy chọn '{unknown.Groups[1].Value}'.";
        }

        if (NotAllowed().Match(message) is { Success: true } value)
        {
            var allowed = QuotedValue().Matches(message).Skip(1).Select(m => m.Groups[1].Value);
            return $"giá trị '{value.Groups[1].Value}' không hợp lệ; hãy dùng một trong: {string.Join(", ", allowed)}.";
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"không đọc được '{parse.Groups[1].Value}' cho {parse.Groups[2].Value}: cần một {(parse.Groups[3].Value.EndsWith("Int32", StringComparison.Ordinal) ? "số nguyên" : "giá trị khác")}.";
        }

        return message == "Required command was not provided." ? "hãy chọn một lệnh." : message;
    }

    [GeneratedRegex("^Option '(.+)' is required\\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument missing for command: '(.+)'\\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex("^Unrecognized command or argument '(.+)'\\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("^Argument '(.+)' not recognized\\. Must be one of:", RegexOptions.Singleline)]
    private static partial Regex NotAllowed();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'\\.$")]
    private static partial Regex CannotParse();
}
