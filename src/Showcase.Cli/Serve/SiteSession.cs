using System.Diagnostics;
using Showcase.Generator.Build;
using Showcase.Generator.Content;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Rendering;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;

namespace Showcase.Cli.Serve;

/// <summary>
/// The state of one <c>serve</c>: the content and theme as last read, the cache that lets a rebuild re-parse only
/// the files that changed, the last good <see cref="SiteSnapshot"/> and, when the latest build failed, its
/// diagnostics as the CLI prints them. Rebuilds run one at a time; readers see a whole state, never half of one.
/// </summary>
public sealed class SiteSession
{
    private readonly string _themeDir;
    private readonly BuildOptions _options;
    private readonly BuildCache _cache = new();
    private readonly Lock _rebuild = new();
    private ContentSource _content;
    private ThemeSource? _theme;
    private volatile ServeState _state = new(0, null, null, TimeSpan.Zero);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SiteSession(string contentDir, string themeDir, BuildOptions options)
    {
        ContentDir = Path.GetFullPath(contentDir);
        ThemeDir = Path.GetFullPath(themeDir);
        _themeDir = themeDir;
        _options = options;
        _content = new ContentSource(ContentDir, [], [], Exists: false);
    }

    public string ContentDir { get; }

    public string ThemeDir { get; }

    public ServeState State => _state;

    /// <summary>Reads everything and builds: the first build of the session.</summary>
    public ServeState BuildAll() => Rebuild(contentChanges: null, themeChanged: true);

    /// <summary>Reads again only what changed and builds. <paramref name="contentChanges"/> null: read the whole content.</summary>
    public ServeState Rebuild(IReadOnlyCollection<string>? contentChanges, bool themeChanged)
    {
        lock (_rebuild)
        {
            var clock = Stopwatch.StartNew();
            string? problem = null;
            try
            {
                _content = contentChanges is null || !_content.Exists ? ContentReader.Read(ContentDir) : ContentReader.Update(_content, contentChanges);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"{ContentDir}: lỗi: không đọc được nội dung ({e.Message}); sẽ đọc lại toàn bộ ở lần lưu sau.\n";
                _content = new ContentSource(ContentDir, [], [], Exists: false);
            }

            if (themeChanged || _theme is null)
            {
                try
                {
                    _theme = ThemeReader.Read(ThemeDir, _themeDir.Replace('\\', '/'));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problem = $"{_themeDir}: lỗi: không đọc được giao diện: {e.Message}\n";
                }
            }

            var prepared = problem is null ? SiteGenerator.Prepare(_content, _theme, _options, _cache) : null;
            var diagnostics = prepared?.Diagnostics.ToSortedList() ?? [];
            var snapshot = _state.Snapshot;
            if (prepared is { CanRender: true })
            {
                snapshot = new SiteSnapshot(prepared);
            }
            else
            {
                problem ??= Format(diagnostics.Where(d => d.IsError).ToList());
            }

            var state = new ServeState(_state.Version + 1, snapshot, problem, clock.Elapsed) { Diagnostics = diagnostics, Timings = prepared?.Timings ?? [] };
            _state = state;
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            return state;
        }
    }

    /// <summary>Completes when the state's version is no longer <paramref name="knownVersion"/>.</summary>
    public async Task<ServeState> WaitForChangeAsync(int knownVersion, CancellationToken cancellation)
    {
        while (true)
        {
            var changed = _changed.Task;
            var state = _state;
            if (state.Version != knownVersion)
            {
                return state;
            }

            await changed.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Diagnostics as the CLI prints them: file:line:column, code, message, the source line and a caret.</summary>
    public string Format(IReadOnlyList<Diagnostic> diagnostics) => DiagnosticText.Format(diagnostics, _content, _theme);
}
