namespace Showcase.Generator.Site;

/// <summary>
/// One HTML page to render: its URL (relative to base_url), the layout that formats it, what the head needs,
/// and the values its template reads as <c>page.*</c>.
/// </summary>
public sealed record Page
{
    public required string Url { get; init; }
    public required string Layout { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = string.Empty;

    /// <summary>A link under base_url to the image shared with the page (Open Graph), if any.</summary>
    public string? ImageLink { get; init; }

    /// <summary>The content file the page shows, named in template errors.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The section of the navigation the page belongs to ("mo-hinh", "linh-vuc", ...).</summary>
    public string Section { get; init; } = string.Empty;

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    /// <summary>False for pages that must not be listed in the sitemap (404, print pages).</summary>
    public bool InSitemap { get; init; } = true;

    public string OutputPath => Urls.FileOf(Url);
}

/// <summary>A step of the breadcrumb trail.</summary>
public sealed record Crumb(string Title, string Link);
