using Showcase.Generator.Build;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Output.Io;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;

namespace Showcase.Site.Tests.Infrastructure;

/// <summary>Builds a content folder in-process, through the same stages and writer as <c>showcase build</c>.</summary>
public static class SiteBuild
{
    /// <summary>A fixed build date, so tests see the same week's story every day.</summary>
    public static readonly DateOnly Today = new(2024, 5, 22);

    public static BuildResult Generate(string contentDir, string? baseUrl = null, DateOnly? today = null) =>
        SiteGenerator.Generate(
            ContentReader.Read(contentDir),
            ThemeReader.Read(RepoPaths.Theme, "themes/default"),
            new BuildOptions { BaseUrlOverride = baseUrl, Today = today ?? Today });

    /// <summary>Builds and writes; throws with every diagnostic when the content has errors.</summary>
    public static BuildResult BuildTo(string contentDir, string outputDir, string? baseUrl = null, DateOnly? today = null)
    {
        var result = Generate(contentDir, baseUrl, today);
        if (result.Plan is null)
        {
            throw new InvalidOperationException("build failed:\n" + string.Join('\n', result.Diagnostics));
        }

        OutputWriter.Write(result.Plan, outputDir);
        return result;
    }
}
