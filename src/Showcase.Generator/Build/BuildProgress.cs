namespace Showcase.Generator.Build;

/// <summary>How far a phase has gone: <paramref name="Done"/> of <paramref name="Total"/> items (files, models, pages).</summary>
public sealed record BuildProgress(BuildPhase Phase, int Done, int Total)
{
    /// <summary>True for the report that closes a phase.</summary>
    public bool IsComplete => Done >= Total;
}
