using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Content;

/// <summary>One model (mô hình, cách làm hay): a Markdown file's front matter and its story.</summary>
public sealed record ModelRecord
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required SourceSpan SlugSpan { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public SourceSpan SummarySpan { get; init; }
    public required Reference Unit { get; init; }
    public required Reference Category { get; init; }
    public required int Year { get; init; }
    public string? Implementer { get; init; }
    public string ImplementerKind { get; init; } = "don-vi";
    public IReadOnlyList<Reference> Forms { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Note { get; init; }
    public Reference? Image { get; init; }
    public string? FeaturedWeek { get; init; }
    public SourceSpan FeaturedWeekSpan { get; init; }
    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>The Markdown story, NFC.</summary>
    public required string Body { get; init; }

    /// <summary>1-based line of the content file where <see cref="Body"/> starts.</summary>
    public required int BodyLine { get; init; }
}
