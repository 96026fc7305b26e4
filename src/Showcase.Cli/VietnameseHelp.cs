using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Showcase.Cli;

/// <summary>
/// <c>--help</c> in Vietnamese. System.CommandLine's own help builder is internal and its headings come from
/// resources with no Vietnamese, so this action lays out the same sections itself: description (with the command's
/// examples), usage, arguments, options, subcommands.
/// </summary>
public sealed class VietnameseHelp : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    /// <summary>Puts this help on the root's --help and names the built-in --help and --version in Vietnamese.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Hiện hướng dẫn này";
                    help.Action = new VietnameseHelp();
                    break;
                case VersionOption version:
                    version.Description = "Hiện phiên bản của showcase";
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(Render(parseResult.CommandResult.Command));
        return CliApp.Success;
    }

    public static string Render(Command command)
    {
        var text = new StringWriter { NewLine = "\n" };
        var path = CommandPath(command);
        if (command.Description is { Length: > 0 } description)
        {
            text.WriteLine("Mô tả:");
            foreach (var line in description.Split('\n'))
            {
                text.WriteLine(line.Length == 0 ? string.Empty : "  " + line);
            }

            text.WriteLine();
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Ancestry(command).SelectMany(c => c == command ? c.Options : c.Options.Where(o => o.Recursive)).Where(o => !o.Hidden).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        text.WriteLine("Cách dùng:");
        var usage = path + string.Concat(arguments.Select(a => $" <{a.Name}>"))
            + (options.Count > 0 ? " [tùy chọn]" : string.Empty) + (subcommands.Count > 0 ? " [lệnh]" : string.Empty);
        text.WriteLine("  " + usage);
        text.WriteLine();

        WriteTable(text, "Đối số:", arguments.Select(a => ($"<{a.Name}>", a.Description ?? string.Empty)));
        WriteTable(text, "Tùy chọn:", options.Select(o => (OptionLabel(o), o.Description ?? string.Empty)));
        WriteTable(text, "Lệnh:", subcommands.Select(c => (c.Name + string.Concat(c.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>")), FirstLine(c.Description))));
        return text.ToString();
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Append(option.Name).Distinct(StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var takesValue = option is not HelpOption and not VersionOption && option.ValueType != typeof(bool);
        return takesValue ? $"{label} <{option.HelpName ?? ValueName(option)}>" : label;
    }

    private static string ValueName(Option option) => option.Name.TrimStart('-').ToUpperInvariant();

    private static void WriteTable(TextWriter text, string heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.WriteLine(heading);
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            var lines = description.Split('\n');
            text.WriteLine(("  " + label.PadRight(width) + lines[0]).TrimEnd());
            foreach (var more in lines.Skip(1))
            {
                text.WriteLine((new string(' ', width + 2) + more).TrimEnd());
            }
        }

        text.WriteLine();
    }

    private static string FirstLine(string? text) => text?.Split('\n')[0] ?? string.Empty;

    private static IEnumerable<Command> Ancestry(Command command)
    {
        var chain = new List<Command>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            chain.Add(current);
        }

        return chain;
    }

    private static string CommandPath(Command command) =>
        string.Join(' ', Ancestry(command).Reverse().Select(c => c is RootCommand ? "showcase" : c.Name));
}
