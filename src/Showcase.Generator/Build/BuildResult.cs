using Showcase.Generator.Diagnostics;
using Showcase.Generator.Output;
using Showcase.Generator.Site;

namespace Showcase.Generator.Build;

/// <summary>What a build produced: the plan to write (null when there were errors), every diagnostic, counts and times.</summary>
public sealed record BuildResult(
    OutputPlan? Plan,
    IReadOnlyList<Diagnostic> Diagnostics,
    SiteModel? Site,
    int PageCount,
    IReadOnlyList<PhaseTiming> Timings)
{
    public bool Succeeded => Plan is not null;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

/// <summary>How long one phase of the build took.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);
