using System.Xml.Linq;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Cli;

/// <summary>The CLI is a .NET tool named showcase, with the default theme beside it where it looks when ./themes/default is absent.</summary>
public sealed class PackagingTests
{
    [Fact]
    public void The_cli_project_packs_as_the_showcase_tool()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Showcase.Cli", "Showcase.Cli.csproj"));
        string? Property(string name) => project.Descendants(name).SingleOrDefault()?.Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("showcase", Property("ToolCommandName"));
        Assert.Equal("Showcase.Generator.Tool", Property("PackageId"));
    }

    [Fact]
    public void The_default_theme_ships_beside_the_tool_with_every_file()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "themes", "default");
        var expected = Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepoPaths.Theme, f)).Order(StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shipped, f)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }
}
