namespace Showcase.Bench.Check;

/// <summary>What the checker found: one line per problem ("path: message"), and a one-line summary.</summary>
public sealed record CheckReport(IReadOnlyList<string> Errors, string Summary);
