using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Content;

/// <summary>One unit's code of conduct (chuẩn mực đạo đức): the text of its posters.</summary>
public sealed record StandardsRecord
{
    public required string SourcePath { get; init; }
    public required Reference Unit { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Items { get; init; }
    public DecisionRecord? Decision { get; init; }

    /// <summary>Poster sizes as "40x60", "50x75", "60x90", in that order.</summary>
    public required IReadOnlyList<string> Sizes { get; init; }
}
