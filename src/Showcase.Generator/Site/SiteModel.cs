using Showcase.Generator.Content;

namespace Showcase.Generator.Site;

/// <summary>The whole published site, resolved and sorted: what every renderer reads.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required BaseUrl BaseUrl { get; init; }
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<Unit> Units { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }
    public required IReadOnlyList<Form> Forms { get; init; }

    /// <summary>Published models, newest first: year descending, then slug.</summary>
    public required IReadOnlyList<Model> Models { get; init; }

    public required IReadOnlyList<YearGroup> Years { get; init; }
    public required IReadOnlyList<Standards> Standards { get; init; }
    public required IReadOnlyList<MediaFile> Media { get; init; }

    /// <summary>The week's good-deed story: the model featured this ISO week, else the latest one featured before it.</summary>
    public Model? WeekStory { get; init; }

    public bool WeekStoryIsCurrent { get; init; }
    public required int PageSize { get; init; }
}
