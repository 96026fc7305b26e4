using Showcase.Generator.Diagnostics;
using Showcase.Generator.Rendering;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>
/// A build stopped before rendering: the diagnostics so far, the site model, the parsed theme and the pages to render.
/// <c>serve</c> keeps one per content version and renders the page a browser asks for; <c>build</c> renders them all.
/// </summary>
public sealed record PreparedSite(
    DiagnosticBag Diagnostics,
    IReadOnlyList<PhaseTiming> Timings,
    SiteModel? Site,
    Theme? Theme,
    IReadOnlyList<Page> Pages)
{
    public BuildOptions Options { get; init; } = new() { Today = DateOnly.MinValue };

    /// <summary>The incremental state of a <c>build</c> that keeps a journal; null otherwise.</summary>
    public IncrementalBuild? Incremental { get; init; }

    /// <summary>True when the content and theme have no error, so pages can be rendered.</summary>
    public bool CanRender => Site is not null && Theme is not null && !Diagnostics.HasErrors;

    /// <summary>A renderer for this site's pages; each render needs its own diagnostics bag when run alone.</summary>
    public PageRenderer CreateRenderer() =>
        Site is { } site && Theme is { } theme
            ? new PageRenderer(theme, SiteView.From(site), site.BaseUrl)
            : throw new InvalidOperationException("the site has errors and cannot be rendered");

    public BuildResult ToResult(Output.OutputPlan? plan, int pageCount, IReadOnlyList<PhaseTiming>? timings = null) =>
        new(plan, Diagnostics.ToSortedList(), Site, pageCount, timings ?? Timings);
}
