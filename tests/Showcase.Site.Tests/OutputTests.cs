using Showcase.Cli;
using Showcase.Generator.Output;
using Showcase.Generator.Output.Io;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests;

/// <summary>Nothing lost: the previous site stays whole until a new build has fully succeeded; builds are reproducible.</summary>
public sealed class OutputTests
{
    private static Dictionary<string, string> Snapshot(string directory) => DirectorySnapshot.Of(directory);

    private static int Build(string content, string output, out string stderr)
    {
        var error = new StringWriter();
        var code = CliApp.Run(["build", "--content", content, "--output", output, "--theme", RepoPaths.Theme, "--quiet"], TextWriter.Null, error);
        stderr = error.ToString();
        return code;
    }

    [Fact]
    public void A_build_that_fails_leaves_the_previous_output_byte_identical()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var output = temp.Combine("output");
        MiniSite.Write(content, MiniSite.Parse(MiniSite.Minimal));
        Assert.Equal(0, Build(content, output, out _));
        var before = Snapshot(output);
        Assert.Contains("mo-hinh/viec-tot/index.html", before.Keys);

        File.WriteAllText(Path.Combine(content, "models", "2024", "viec-tot.md"), "---\ntitle: \"Hỏng\"\nyear: abc\n---\n");
        Assert.Equal(1, Build(content, output, out var stderr));
        Assert.Contains("models/2024/viec-tot.md:3:7: lỗi SG1003", stderr);
        Assert.Contains("vẫn giữ bản trước", stderr);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)!).Where(n => n is not "content" and not ".output.cache").ToArray());
    }

    [Fact]
    public void A_write_that_breaks_halfway_leaves_the_previous_output_and_no_staging_folder()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        OutputWriter.Write(OutputPlan.From([OutputFile.Text("index.html", "cũ"), OutputFile.Text("a/b.html", "cũ")]), output);
        var before = Snapshot(output);

        var broken = OutputPlan.From([OutputFile.Text("index.html", "mới"), OutputFile.Text("../ngoai.html", "không được ghi")]);
        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(broken, output));

        Assert.Equal(before, Snapshot(output));
        Assert.False(File.Exists(temp.Combine("ngoai.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void Files_written_while_the_build_runs_reach_the_output_only_on_commit()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        OutputWriter.Write(OutputPlan.From([OutputFile.Text("index.html", "cũ")]), output);

        using (var staging = OutputWriter.Begin(output))
        {
            staging.Add(OutputFile.Text("index.html", "mới"));
            staging.Add(OutputFile.Text("a/b.html", "mới"));
            Assert.Equal("cũ", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Throws<InvalidOperationException>(() => staging.Add(OutputFile.Text("a/b.html", "lần hai")));
            var result = staging.Commit();
            Assert.Equal(2, result.Written);
        }

        Assert.Equal("mới", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void A_streamed_write_that_fails_leaves_the_previous_output_and_no_staging_folder()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        OutputWriter.Write(OutputPlan.From([OutputFile.Text("index.html", "cũ"), OutputFile.Text("a/b.html", "cũ")]), output);
        var before = Snapshot(output);

        using (var staging = OutputWriter.Begin(output))
        {
            staging.Add(OutputFile.Text("index.html", "mới"));
            Assert.Throws<IOException>(() => staging.Add(OutputFile.Text("../ngoai.html", "không được ghi")));
        }

        using (var staging = OutputWriter.Begin(output))
        {
            // "x" is a file, so "x/y.html" cannot be written: the writer fails, and Commit says so.
            staging.Add(OutputFile.Text("x", "tệp"));
            staging.Add(OutputFile.Text("x/y.html", "không ghi được"));
            Assert.ThrowsAny<IOException>(() => staging.Commit());
        }

        Assert.Equal(before, Snapshot(output));
        Assert.False(File.Exists(temp.Combine("ngoai.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void A_rebuild_after_one_edit_writes_only_what_changed()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        var first = OutputWriter.Write(OutputPlan.From([OutputFile.Text("a.html", "1"), OutputFile.Text("b.html", "2"), OutputFile.Text("c/d.html", "3")]), output);
        Assert.Equal(3, first.Written);
        var second = OutputWriter.Write(OutputPlan.From([OutputFile.Text("a.html", "1"), OutputFile.Text("b.html", "2 sửa"), OutputFile.Text("c/d.html", "3")]), output);
        Assert.Equal(1, second.Written);
        Assert.Equal(2, second.Linked);
        Assert.Equal("2 sửa", File.ReadAllText(Path.Combine(output, "b.html")));
        Assert.Equal("3", File.ReadAllText(Path.Combine(output, "c", "d.html")));
    }

    [Fact]
    public void Two_builds_of_the_sample_content_give_the_same_bytes()
    {
        using var temp = new TempDirectory();
        SiteBuild.BuildTo(RepoPaths.Content, temp.Combine("one"));
        SiteBuild.BuildTo(RepoPaths.Content, temp.Combine("two"));
        var one = Snapshot(temp.Combine("one"));
        var two = Snapshot(temp.Combine("two"));
        Assert.True(one.Count > 80);
        Assert.Equal(one, two);
    }

    [Fact]
    public void Usage_errors_exit_with_two_and_say_how_to_get_help()
    {
        var error = new StringWriter();
        Assert.Equal(2, CliApp.Run(["build", "--khong-co"], TextWriter.Null, error));
        Assert.Contains("showcase --help", error.ToString());
        Assert.Equal(2, CliApp.Run([], TextWriter.Null, new StringWriter()));
    }
}
