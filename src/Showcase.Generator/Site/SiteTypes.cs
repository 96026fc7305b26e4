using Showcase.Generator.Rendering;

namespace Showcase.Generator.Site;

// The resolved site: every reference followed, every list sorted once, every link computed. Templates only format
// these. Classes, not records: units point at their parents and children, and records would compare in circles.

/// <summary>A Party unit, the Fatherland Front or a mass organization, with its models and code of conduct.</summary>
public sealed class Unit
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string KindName { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
    public Unit? Parent { get; internal set; }
    public IReadOnlyList<Unit> Children { get; internal set; } = [];
    public IReadOnlyList<Model> Models { get; internal set; } = [];
    public Standards? Standards { get; internal set; }
    public int ModelCount => Models.Count;
}

/// <summary>A field (lĩnh vực) with its models.</summary>
public sealed class Category
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
    public IReadOnlyList<Model> Models { get; internal set; } = [];
    public int ModelCount => Models.Count;
}

/// <summary>A reporting form (biểu mẫu) with the models listed on it.</summary>
public sealed class Form
{
    public required string Id { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
    public required string CsvLink { get; init; }
    public IReadOnlyList<Model> Models { get; internal set; } = [];
    public int ModelCount => Models.Count;
}

/// <summary>A year and the models that began in it.</summary>
public sealed class YearGroup
{
    public required int Year { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
    public required IReadOnlyList<Model> Models { get; init; }
    public int ModelCount => Models.Count;
}

/// <summary>An award a model received, ready to show.</summary>
public sealed record Award(string Kind, string KindName, string By, string? DateText, string? IsoDate);

/// <summary>One published model (mô hình, cách làm hay).</summary>
public sealed class Model
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required Unit Unit { get; init; }
    public required Category Category { get; init; }
    public required int Year { get; init; }
    public required string YearLink { get; init; }
    public required string Implementer { get; init; }
    public required string ImplementerKind { get; init; }
    public required string ImplementerKindName { get; init; }
    public required IReadOnlyList<Form> Forms { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public string? Note { get; init; }
    public string? ImagePath { get; init; }
    public string? ImageLink { get; init; }
    public string? FeaturedWeek { get; init; }
    public string? FeaturedWeekText { get; init; }
    public required IReadOnlyList<Award> Awards { get; init; }
    /// <summary>The story; every read of its words or HTML is recorded (<see cref="StoryReads"/>).</summary>
    public required Story Story { get; init; }

    public TrustedHtml BodyHtml => Story.Html;

    public string BodyText => Story.Text;

    public bool HasStory => BodyText.Length > 0;
}

/// <summary>A poster size a code of conduct is printed at; <see cref="PdfLink"/> is null when the build writes no PDFs.</summary>
public sealed record PosterLink(string Size, string Label, int WidthCm, int HeightCm, string Link, string? PdfLink);

/// <summary>A unit's code of conduct (chuẩn mực đạo đức).</summary>
public sealed class Standards
{
    public required string SourcePath { get; init; }
    public required Unit Unit { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Items { get; init; }
    public string? DecisionLine { get; init; }
    public string? DecisionNumber { get; init; }
    public string? DecisionDateText { get; init; }
    public string? DecisionIssuer { get; init; }
    public required IReadOnlyList<PosterLink> Posters { get; init; }
    public required string Url { get; init; }
    public required string Link { get; init; }
}
