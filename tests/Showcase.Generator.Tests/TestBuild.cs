using Showcase.Generator.Build;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Rendering;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests;

/// <summary>Builds inline mini sites in memory with the repository's default theme.</summary>
public static class TestBuild
{
    public static readonly DateOnly Today = new(2024, 5, 22);

    public static string RepoRoot { get; } = FindRoot();

    private static readonly Lazy<ThemeSource> DefaultTheme = new(() => ThemeReader.Read(Path.Combine(RepoRoot, "themes", "default"), "themes/default"));

    public static BuildResult Generate(params string[] files) => Generate(new BuildOptions { Today = Today }, files);

    public static BuildResult Generate(BuildOptions options, params string[] files) =>
        SiteGenerator.Generate(MiniSite.Source(files), DefaultTheme.Value, options);

    public static BuildResult Check(params string[] files) =>
        SiteGenerator.Check(MiniSite.Source(files), DefaultTheme.Value, new BuildOptions { Today = Today });

    /// <summary>The diagnostics as editors see them: "path:line:column: lỗi CODE: …", one per line.</summary>
    public static string[] Lines(this BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();

    public static Diagnostic Single(this BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    public static string Html(this BuildResult result, string path)
    {
        Assert.NotNull(result.Plan);
        var file = result.Plan!.Files.SingleOrDefault(f => f.Path == path)
            ?? throw new Xunit.Sdk.XunitException($"no output {path}; have: {string.Join(", ", result.Plan.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Take(40))}");
        return System.Text.Encoding.UTF8.GetString(file.Content);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Showcase.Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
