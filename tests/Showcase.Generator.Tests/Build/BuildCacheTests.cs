using Showcase.Generator.Build;
using Showcase.Generator.Content;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Build;

/// <summary>A rebuild with a <see cref="BuildCache"/> parses only changed files and gives what a fresh build gives.</summary>
public sealed class BuildCacheTests
{
    private static readonly BuildOptions Options = new() { Today = TestBuild.Today };

    private static ContentSource With(ContentSource source, string path, string text) =>
        source with { Files = source.Files.Where(f => f.Path != path).Append(new SourceFile(path, text)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList() };

    [Fact]
    public void A_rebuild_parses_only_the_changed_model_and_equals_a_fresh_build()
    {
        var theme = ThemeReader.Read(Path.Combine(TestBuild.RepoRoot, "themes", "default"), "themes/default");
        var source = MiniSite.Source(MiniSite.Minimal, """
            -- models/2023/hai.md --
            ---
            title: "Hai"
            summary: "Một mô hình thứ hai, đủ dài để không bị cảnh báo là ngắn."
            unit: phuong-1
            category: an-sinh-xa-hoi
            year: 2023
            ---

            Câu chuyện thứ hai.
            """);
        var cache = new BuildCache();
        SiteGenerator.Generate(source, theme, Options, cache);
        Assert.Equal(2, cache.ModelParses);

        var edited = With(source, "models/2023/hai.md", source.Files.Single(f => f.Path == "models/2023/hai.md").Text.Replace("\"Hai\"", "\"Hai đã sửa\"", StringComparison.Ordinal));
        var cached = SiteGenerator.Generate(edited, theme, Options, cache);
        Assert.Equal(3, cache.ModelParses);

        var fresh = SiteGenerator.Generate(edited, theme, Options);
        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        Assert.Equal(fresh.Plan!.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), cached.Plan!.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.Contains("Hai đã sửa", TestBuild.Html(cached, "mo-hinh/hai/index.html"));
    }

    [Fact]
    public void Diagnostics_of_an_unchanged_file_are_given_again_from_the_cache()
    {
        var source = MiniSite.Source(MiniSite.Minimal, "-- models/2024/viec-tot.md --\n---\ntitle: \"Việc tốt\"\nsummary: \"Ngắn\"\nunit: van-phong\ncategory: an-sinh-xa-hoi\nyear: 2024\ntittle: x\n---\n\nCâu chuyện.");
        var cache = new BuildCache();
        var first = SiteGenerator.Check(source, null, Options, cache);
        var second = SiteGenerator.Check(source with { Files = [.. source.Files] }, null, Options, cache);
        Assert.Equal(1, cache.ModelParses);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Code == "SG1010");
        Assert.Contains(second.Diagnostics, d => d.Code == "SG1016");
    }

    [Fact]
    public void Update_reads_again_only_the_changed_paths()
    {
        var root = Path.Combine(Path.GetTempPath(), $"update-{Environment.ProcessId}-{Environment.TickCount64}");
        try
        {
            MiniSite.Write(root, MiniSite.Parse(MiniSite.Minimal, "-- media/a.png --\npng"));
            var before = ContentReader.Read(root);
            File.WriteAllText(Path.Combine(root, "models", "2024", "viec-tot.md"), "---\ntitle: x\n---\n");
            File.WriteAllText(Path.Combine(root, "models", "2024", "moi.md"), "mới");
            File.Delete(Path.Combine(root, "standards", "van-phong.yaml"));

            var after = ContentReader.Update(before, ["models/2024/viec-tot.md", "models/2024/moi.md", "standards/van-phong.yaml", "models/2024/.viec-tot.md.swp"]);

            Assert.Equal(ContentReader.Read(root).Files, after.Files);
            Assert.Same(before.Media, after.Media);
            Assert.Same(before.Files.Single(f => f.Path == "site.yaml"), after.Files.Single(f => f.Path == "site.yaml"));

            File.WriteAllText(Path.Combine(root, "media", "b.png"), "png");
            var withMedia = ContentReader.Update(after, ["media"]);
            Assert.Equal(["media/a.png", "media/b.png"], withMedia.Media.Select(m => m.Path));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
