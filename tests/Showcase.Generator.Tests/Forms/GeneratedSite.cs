using Showcase.Generator.Build;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Forms;

/// <summary>The generated content tree of <see cref="FormsContent"/>, built once in memory for the forms tests.</summary>
internal static class GeneratedSite
{
    public static readonly FormsContent Content = FormsContent.Generate();

    public static readonly ContentFacts Facts = ContentFacts.FromSpec(Content);

    private static readonly Lazy<BuildResult> Lazy = new(() =>
    {
        var result = TestBuild.Generate(Content.Text);
        Assert.True(result.Plan is not null, string.Join('\n', result.Diagnostics));
        return result;
    });

    public static BuildResult Result => Lazy.Value;

    public static SiteModel Site => Result.Site!;

    public static Form Form(string id) => Site.Forms.Single(f => f.Id == id);

    public static Unit Unit(string id) => Site.Units.Single(u => u.Id == id);

    public static byte[] File(string path) =>
        Result.Plan!.Files.SingleOrDefault(f => f.Path == path)?.Content ?? throw new Xunit.Sdk.XunitException($"no output {path}");
}
