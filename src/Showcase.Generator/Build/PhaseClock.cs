using System.Diagnostics;

namespace Showcase.Generator.Build;

/// <summary>Times the phases of a build and reports each start and end to an optional progress listener.</summary>
internal sealed class PhaseClock(IProgress<BuildProgress>? progress, IReadOnlyList<PhaseTiming>? earlier = null)
{
    private readonly List<PhaseTiming> _timings = [.. earlier ?? []];
    private readonly Stopwatch _clock = new();
    private (BuildPhase Phase, int Total)? _current;

    public IReadOnlyList<PhaseTiming> Timings => _timings;

    public void Start(BuildPhase phase, int total)
    {
        Stop();
        _current = (phase, total);
        progress?.Report(new BuildProgress(phase, 0, total));
        _clock.Restart();
    }

    /// <summary>A part of a phase timed on its own (e.g. the poster pages within rendering), listed before the phase running now.</summary>
    public void AddPart(string name, TimeSpan elapsed) => _timings.Add(new PhaseTiming(name, elapsed));

    public void Stop()
    {
        if (_current is { } current)
        {
            _timings.Add(new PhaseTiming(current.Phase.ToString().ToLowerInvariant(), _clock.Elapsed));
            progress?.Report(new BuildProgress(current.Phase, current.Total, current.Total));
            _current = null;
        }
    }
}
