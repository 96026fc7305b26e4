namespace Showcase.Bench.Corpus;

/// <summary>One entry of units.yaml; <see cref="Place"/> is the ward or commune it sits in, if any.</summary>
public sealed record Unit(string Id, string Name, string Kind, string? Parent, string? Place);
