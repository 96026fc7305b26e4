using System.Collections.Concurrent;
using System.Text;
using Showcase.Cli.Serve;
using Showcase.Generator.Site;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Cli;

/// <summary>serve's session and watcher without a browser: theme edits, errors that keep the last good site, batched saves.</summary>
public sealed class SiteSessionTests
{
    private static (TempDirectory Temp, SiteSession Session, string Theme) Start()
    {
        var temp = new TempDirectory("session");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var theme = temp.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var session = new SiteSession(content, theme, new BuildOptions { Today = SiteBuild.Today });
        Assert.Null(session.BuildAll().Problem);
        return (temp, session, theme);
    }

    private static string Page(ServeState state, string path) => Encoding.UTF8.GetString(state.Snapshot!.Get(path)!.Content!);

    [Fact]
    public void A_theme_edit_is_served_after_a_rebuild_and_a_template_error_keeps_the_last_good_site()
    {
        var (temp, session, theme) = Start();
        using var _ = temp;
        var layout = Path.Combine(theme, "layouts", "model.scriban");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<h1 ", "<p class=\"dau-moi\">Mẫu mới</p><h1 ", StringComparison.Ordinal));
        var edited = session.Rebuild([], themeChanged: true);
        Assert.Null(edited.Problem);
        Assert.Contains("Mẫu mới", Page(edited, "mo-hinh/viec-tot/index.html"));

        File.WriteAllText(layout, "{{ if page.title }}");
        var broken = session.Rebuild([], themeChanged: true);
        Assert.Same(edited.Snapshot, broken.Snapshot);
        Assert.Contains("/layouts/model.scriban:1:", broken.Problem);
        Assert.Contains("lỗi SG3001", broken.Problem);
        Assert.Equal(edited.Version + 1, broken.Version);
    }

    [Fact]
    public void A_content_error_keeps_the_last_good_site_and_the_fix_replaces_it()
    {
        var (temp, session, _) = Start();
        using var __ = temp;
        var good = session.State;
        var model = Path.Combine(session.ContentDir, "models", "2024", "viec-tot.md");
        var text = File.ReadAllText(model);
        File.WriteAllText(model, text.Replace("unit: van-phong", "unit: van-phog", StringComparison.Ordinal));
        var broken = session.Rebuild(["models/2024/viec-tot.md"], themeChanged: false);
        Assert.Same(good.Snapshot, broken.Snapshot);
        Assert.StartsWith("models/2024/viec-tot.md:4:7: lỗi SG2001: 'unit' trỏ tới đơn vị \"van-phog\" không có trong units.yaml. Có phải ý bạn là \"van-phong\"?", broken.Problem);

        File.WriteAllText(model, text.Replace("Mỗi tuần làm một việc tốt", "Việc tốt mới", StringComparison.Ordinal));
        var fixedState = session.Rebuild(["models/2024/viec-tot.md"], themeChanged: false);
        Assert.Null(fixedState.Problem);
        Assert.Contains("Việc tốt mới", Page(fixedState, "mo-hinh/viec-tot/index.html"));
    }

    [Fact]
    public void The_watcher_gathers_the_events_of_quick_saves_into_one_batch()
    {
        using var temp = new TempDirectory("watch");
        var content = Directory.CreateDirectory(temp.Combine("content")).FullName;
        var theme = Directory.CreateDirectory(temp.Combine("theme")).FullName;
        var batches = new BlockingCollection<(IReadOnlyCollection<string>? Paths, bool Theme)>();
        using var watcher = new ChangeWatcher(content, theme, TimeSpan.FromMilliseconds(500), (paths, themeChanged) => batches.Add((paths, themeChanged)));

        Directory.CreateDirectory(Path.Combine(content, "models"));
        File.WriteAllText(Path.Combine(content, "models", "a.md"), "a");
        File.WriteAllText(Path.Combine(content, "site.yaml"), "b");
        File.WriteAllText(Path.Combine(theme, "x.scriban"), "c");

        Assert.True(batches.TryTake(out var batch, TimeSpan.FromSeconds(10)));
        Assert.True(batch.Theme);
        Assert.NotNull(batch.Paths);
        Assert.Contains("site.yaml", batch.Paths);

        // A file made in a folder that was just made may come before the folder is watched: the folder's own event
        // is in the batch then, and ContentReader.Update reads a changed folder whole.
        Assert.True(batch.Paths.Contains("models/a.md") || batch.Paths.Contains("models"), string.Join(", ", batch.Paths));
        Assert.False(batches.TryTake(out _, TimeSpan.FromSeconds(1)));
    }
}
