using System.Collections.Concurrent;
using System.Text;
using Showcase.Generator.Build;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Output;
using Showcase.Generator.Rendering;
using Showcase.Generator.Site;

namespace Showcase.Cli.Serve;

/// <summary>
/// One good build, served from memory. As Hugo's fast render mode does, a page is rendered when a browser first asks
/// for it, then kept; the theme's assets and the media are served as read; the sitemap, feed and forms' files, and the
/// search index, are made once on first need. Poster PDFs (build --pdf) are not served.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly PreparedSite _prepared;
    private readonly PageRenderer _renderer;
    private readonly IReadOnlyDictionary<string, Page> _pages;
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly ConcurrentDictionary<string, Lazy<Rendered>> _rendered = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _data;
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _search;

    public SiteSnapshot(PreparedSite prepared)
    {
        _prepared = prepared;
        _renderer = prepared.CreateRenderer();
        var pages = new Dictionary<string, Page>(prepared.Pages.Count, StringComparer.Ordinal);
        foreach (var page in prepared.Pages)
        {
            pages.TryAdd(page.OutputPath, page);
        }

        _pages = pages;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var asset in prepared.Theme!.Assets)
        {
            files[asset.Path] = asset.Content;
        }

        foreach (var media in prepared.Site!.Media)
        {
            files[media.Path] = media.Content;
        }

        _files = files;
        _data = new(() => ByPath(SiteGenerator.DataFiles(prepared)));
        _search = new(() => ByPath(SiteGenerator.SearchFiles(prepared.Site)));
    }

    public SiteModel Site => _prepared.Site!;

    public string BasePath => Site.BaseUrl.Path;

    /// <summary>A rendered file, or what went wrong rendering it.</summary>
    public sealed record Rendered(byte[]? Content, IReadOnlyList<Diagnostic> Diagnostics);

    public bool IsPage(string path) => _pages.ContainsKey(path);

    /// <summary>The bytes of one file of the site (a path relative to base_url, as in the output folder), or null.</summary>
    public Rendered? Get(string path)
    {
        if (_pages.TryGetValue(path, out var page))
        {
            return _rendered.GetOrAdd(path, _ => new Lazy<Rendered>(() => RenderPage(page))).Value;
        }

        if (_files.TryGetValue(path, out var bytes))
        {
            return new Rendered(bytes, []);
        }

        var generated = path.StartsWith("search/", StringComparison.Ordinal) ? _search.Value : _data.Value;
        return generated.TryGetValue(path, out var content) ? new Rendered(content, []) : null;
    }

    private static IReadOnlyDictionary<string, byte[]> ByPath(IEnumerable<OutputFile> files) =>
        files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    private Rendered RenderPage(Page page)
    {
        var diagnostics = new DiagnosticBag();
        var html = _renderer.Render(page, diagnostics);
        return new Rendered(html is null ? null : Encoding.UTF8.GetBytes(html), diagnostics.ToSortedList());
    }
}
