using Showcase.Site.Tests.Cli;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests;

/// <summary>
/// A rebuild into the same output keeps a journal (.output.cache/stories.bin and pages.bin beside the output): pages whose inputs
/// did not change are taken from the previous output, stories whose Markdown did not change are not parsed again.
/// Whatever was reused, the site must be byte for byte the one a build from scratch gives.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Story = "models/2023/mot-cua.md";

    [Fact]
    public void A_story_edit_renders_again_only_the_page_that_shows_it_and_gives_the_site_a_build_from_scratch_gives()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        var first = Build(content, output);
        Assert.DoesNotContain("trang dựng lại", first);
        Assert.True(File.Exists(temp.Combine(".output.cache", "stories.bin")));
        Assert.True(File.Exists(temp.Combine(".output.cache", "pages.bin")));

        File.AppendAllText(Path.Combine(content, Story), "\nNgười dân chấm điểm hài lòng sau mỗi lần làm thủ tục.\n");
        var second = Build(content, output);

        Assert.Contains(", 1 trang dựng lại", second);
        Assert.Contains("chấm điểm hài lòng", File.ReadAllText(Path.Combine(output, "mo-hinh", "mot-cua", "index.html")));
        AssertSameAsFromScratch(temp, content, output);
    }

    [Fact]
    public void A_build_with_nothing_changed_renders_no_page_again()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        Build(content, output);

        Assert.Contains(", 0 trang dựng lại", Build(content, output));
        // The second build's journal carries the pages it took over: a third build takes them again.
        Assert.Contains(", 0 trang dựng lại", Build(content, output));
        AssertSameAsFromScratch(temp, content, output);
    }

    [Fact]
    public void A_front_matter_edit_renders_every_page_again()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        Build(content, output);

        var path = Path.Combine(content, Story);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"Một cửa thân thiện\"", "title: \"Một cửa thân thiện, hiện đại\""));
        var rebuilt = Build(content, output);

        Assert.DoesNotContain("trang dựng lại", rebuilt);
        Assert.Contains("Một cửa thân thiện, hiện đại", File.ReadAllText(Path.Combine(output, "don-vi", "phuong-1", "index.html")));
        AssertSameAsFromScratch(temp, content, output);
    }

    [Fact]
    public void A_theme_edit_renders_every_page_again()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var theme = temp.Combine("theme");
        CopyDirectory(RepoPaths.Theme, theme);
        var output = temp.Combine("output");
        Build(content, output, theme);

        var layout = Path.Combine(theme, "layouts", "model.scriban");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p class=\"them-vao\">Giao diện mới</p>\n");
        var rebuilt = Build(content, output, theme);

        Assert.DoesNotContain("trang dựng lại", rebuilt);
        Assert.Contains("Giao diện mới", File.ReadAllText(Path.Combine(output, "mo-hinh", "viec-tot", "index.html")));
        AssertSameAsFromScratch(temp, content, output, theme);
    }

    [Fact]
    public void A_page_changed_in_the_output_is_rendered_again()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        Build(content, output);
        var page = Path.Combine(output, "mo-hinh", "viec-tot", "index.html");
        File.WriteAllText(page, "trang bị sửa tay");

        var rebuilt = Build(content, output);

        Assert.Contains(", 1 trang dựng lại", rebuilt);
        AssertSameAsFromScratch(temp, content, output);
    }

    [Fact]
    public void A_damaged_journal_is_not_used()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        Build(content, output);
        foreach (var name in new[] { "stories.bin", "pages.bin" })
        {
            var journal = temp.Combine(".output.cache", name);
            var bytes = File.ReadAllBytes(journal);
            File.WriteAllBytes(journal, bytes[..(bytes.Length / 2)]);
        }

        var rebuilt = Build(content, output);

        Assert.DoesNotContain("trang dựng lại", rebuilt);
        AssertSameAsFromScratch(temp, content, output);
        Assert.Contains(", 0 trang dựng lại", Build(content, output));
    }

    [Fact]
    public void Without_the_stories_file_pages_are_still_taken_from_the_previous_output()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var output = temp.Combine("output");
        Build(content, output);
        File.Delete(temp.Combine(".output.cache", "stories.bin"));

        Assert.Contains(", 0 trang dựng lại", Build(content, output));
        AssertSameAsFromScratch(temp, content, output);
    }

    [Fact]
    public void A_story_taken_from_the_journal_still_reports_its_warnings()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean, """
            -- models/2023/anh.md --
            ---
            title: "Ảnh không lời"
            summary: "Một ảnh chưa có lời mô tả, để thử cảnh báo khi dựng lại từ nhật ký."
            unit: phuong-1
            category: an-sinh-xa-hoi
            year: 2023
            ---

            Đoạn đầu.

            Trước ảnh ![](https://example.org/a.png) sau ảnh.
            """);
        var output = temp.Combine("output");
        var first = CliRun.Run("build", "--content", content, "--output", output, "--theme", RepoPaths.Theme);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("models/2023/anh.md:11:11: cảnh báo SG2009", first.Error);

        File.AppendAllText(Path.Combine(content, Story), "\nThêm một câu.\n");
        var second = CliRun.Run("build", "--content", content, "--output", output, "--theme", RepoPaths.Theme);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains(", 1 trang dựng lại", second.Output);
        Assert.Contains("models/2023/anh.md:11:11: cảnh báo SG2009", second.Error);
    }

    [Fact]
    public void Timings_name_every_phase_and_the_posters_and_forms_within_rendering()
    {
        using var temp = new TempDirectory();
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("build", "--content", content, "--output", temp.Combine("output"), "--theme", RepoPaths.Theme, "--timings");

        Assert.Equal(0, run.ExitCode);
        var phases = run.Output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^  ([a-z][a-z ]*[a-z])\s+(\d+) ms"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(["read", "load", "validate", "model", "render", "posters", "forms", "search", "plan", "write", "cleanup", "journal", "gc pause"], phases);
    }

    private static string Build(string content, string output, string? theme = null)
    {
        var run = CliRun.Run("build", "--content", content, "--output", output, "--theme", theme ?? RepoPaths.Theme);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    private static void AssertSameAsFromScratch(TempDirectory temp, string content, string output, string? theme = null)
    {
        var scratch = temp.Combine($"scratch-{Guid.NewGuid():N}");
        var run = CliRun.Run("build", "--content", content, "--output", scratch, "--theme", theme ?? RepoPaths.Theme, "--no-cache", "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);
        var expected = Snapshot(scratch);
        var actual = Snapshot(output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in expected)
        {
            Assert.True(hash == actual[path], $"{path} differs from a build from scratch");
        }
    }

    private static Dictionary<string, string> Snapshot(string directory) => DirectorySnapshot.Of(directory);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
