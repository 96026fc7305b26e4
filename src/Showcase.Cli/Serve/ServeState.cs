using Showcase.Generator.Build;
using Showcase.Generator.Diagnostics;

namespace Showcase.Cli.Serve;

/// <summary>What serve shows: the last good site (null before the first), and the text of the latest build's errors, if it failed.</summary>
public sealed record ServeState(int Version, SiteSnapshot? Snapshot, string? Problem, TimeSpan Elapsed)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<PhaseTiming> Timings { get; init; } = [];
}
