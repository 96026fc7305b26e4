namespace Showcase.Cli.Serve;

/// <summary>
/// Watches the content and theme folders and, once they have been quiet for <see cref="Quiet"/>, hands the changed
/// paths (relative to the content folder) to a callback, one batch at a time. Editors that save through a temporary
/// file and a rename give several events for one save; the pause gathers them into one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly string _contentDir;
    private readonly Action<IReadOnlyCollection<string>?, bool> _onChange;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _themeChanged;
    private bool _readAll;

    /// <param name="onChange">Gets the changed content paths (null: read everything again) and whether the theme changed.</param>
    public ChangeWatcher(string contentDir, string themeDir, TimeSpan quiet, Action<IReadOnlyCollection<string>?, bool> onChange)
    {
        _contentDir = contentDir;
        _onChange = onChange;
        Quiet = quiet;
        _timer = new Timer(_ => Flush());
        if (Directory.Exists(contentDir))
        {
            _watchers.Add(Watch(contentDir, e => Content(e)));
        }

        if (Directory.Exists(themeDir))
        {
            _watchers.Add(Watch(themeDir, _ => Theme()));
        }
    }

    public TimeSpan Quiet { get; }

    private FileSystemWatcher Watch(string directory, Action<FileSystemEventArgs> handler)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => handler(e);
        watcher.Created += (_, e) => handler(e);
        watcher.Deleted += (_, e) => handler(e);
        watcher.Renamed += (_, e) =>
        {
            handler(new FileSystemEventArgs(WatcherChangeTypes.Deleted, Path.GetDirectoryName(e.OldFullPath)!, Path.GetFileName(e.OldFullPath)));
            handler(e);
        };
        watcher.Error += (_, _) =>
        {
            lock (_lock)
            {
                _readAll = true;
                _themeChanged = true;
            }

            Arm();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Content(FileSystemEventArgs e)
    {
        var relative = Path.GetRelativePath(_contentDir, e.FullPath).Replace('\\', '/');
        lock (_lock)
        {
            _paths.Add(relative);
        }

        Arm();
    }

    private void Theme()
    {
        lock (_lock)
        {
            _themeChanged = true;
        }

        Arm();
    }

    private void Arm() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private void Flush()
    {
        HashSet<string> paths;
        bool theme, all;
        lock (_lock)
        {
            (paths, theme, all) = (_paths, _themeChanged, _readAll);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _themeChanged = false;
            _readAll = false;
        }

        if (paths.Count > 0 || theme || all)
        {
            _onChange(all ? null : paths, theme);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
