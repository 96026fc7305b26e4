using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Rendering;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>
/// What one build can hand the next when little changed (serve): each model file's parse, each story's HTML and the
/// parsed theme, with the diagnostics they gave, replayed on a hit. A file is parsed again only when its text changed;
/// a story is rendered again only when its record, the base URL or the media folder changed.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, ParsedModel> _models = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<ModelRecord, RenderedBody> _bodies = [];
    private readonly ConcurrentDictionary<(string Kind, string Key), object> _memo = new();
    private (ThemeSource Source, Theme Theme, IReadOnlyList<Diagnostic> Diagnostics)? _theme;

    public MarkdownRenderer Markdown { get; } = new();

    /// <summary>How many model files were parsed (not taken from the cache) since the cache was made.</summary>
    public int ModelParses => _parses;

    private int _parses;

    internal ModelRecord? ParseModel(SourceFile file, DiagnosticBag diagnostics)
    {
        if (_models.TryGetValue(file.Path, out var cached) && (ReferenceEquals(cached.File, file) || cached.File.Text == file.Text))
        {
            Replay(cached.Diagnostics, diagnostics);
            return cached.Record;
        }

        Interlocked.Increment(ref _parses);
        var own = new DiagnosticBag();
        var record = ModelParser.Parse(file, own);
        var found = own.ToSortedList();
        _models[file.Path] = new ParsedModel(file, record, found);
        diagnostics.AddRange(found);
        return record;
    }

    /// <summary>Forgets the files that are no longer in the content.</summary>
    internal void KeepOnly(IReadOnlyCollection<string> modelPaths)
    {
        if (_models.Count <= modelPaths.Count)
        {
            return;
        }

        var keep = modelPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _models.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _models.TryRemove(path, out _);
        }
    }

    internal MarkdownRenderer.Result RenderBody(
        ModelRecord record, BaseUrl baseUrl, IReadOnlyList<MediaFile> mediaFiles, IReadOnlySet<string> media, DiagnosticBag diagnostics)
    {
        if (_bodies.TryGetValue(record, out var cached) && cached.BaseUrl == baseUrl && ReferenceEquals(cached.MediaFiles, mediaFiles))
        {
            Replay(cached.Diagnostics, diagnostics);
            return cached.Result;
        }

        var own = new DiagnosticBag();
        var result = Markdown.Render(record, baseUrl, media, own);
        var found = own.ToSortedList();
        _bodies.AddOrUpdate(record, new RenderedBody(baseUrl, mediaFiles, result, found));
        diagnostics.AddRange(found);
        return result;
    }

    /// <summary>
    /// The result of a pure computation kept for the next build: <paramref name="key"/> must hold all of its inputs.
    /// For work a stage does per record that outweighs the rest of a rebuild (poster text fitting, QR codes).
    /// </summary>
    public T Memo<T>(string kind, string key, Func<T> compute)
        where T : notnull =>
        (T)_memo.GetOrAdd((kind, key), _ => compute());

    internal Theme Theme(ThemeSource source, DiagnosticBag diagnostics)
    {
        if (_theme is { } cached && ReferenceEquals(cached.Source, source))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Theme;
        }

        var own = new DiagnosticBag();
        var theme = Rendering.Theme.Parse(source, own);
        var found = own.ToSortedList();
        _theme = (source, theme, found);
        diagnostics.AddRange(found);
        return theme;
    }

    private static void Replay(IReadOnlyList<Diagnostic> found, DiagnosticBag diagnostics)
    {
        if (found.Count > 0)
        {
            diagnostics.AddRange(found);
        }
    }

    private sealed record ParsedModel(SourceFile File, ModelRecord? Record, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record RenderedBody(BaseUrl BaseUrl, IReadOnlyList<MediaFile> MediaFiles, MarkdownRenderer.Result Result, IReadOnlyList<Diagnostic> Diagnostics);
}

/// <summary>A build's use of an optional <see cref="BuildCache"/>.</summary>
public static class BuildCacheExtensions
{
    /// <summary><see cref="BuildCache.Memo"/> when there is a cache (the key made only then), else the computation itself.</summary>
    public static T MemoOrCompute<T>(this BuildCache? cache, string kind, Func<string> key, Func<T> compute)
        where T : notnull =>
        cache is null ? compute() : cache.Memo(kind, key(), compute);
}
