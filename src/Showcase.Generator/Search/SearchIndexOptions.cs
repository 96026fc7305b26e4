namespace Showcase.Generator.Search;

/// <summary>How <see cref="SearchIndexBuilder"/> lays the search index out. Every size is approximate (JSON bytes).</summary>
public sealed record SearchIndexOptions
{
    /// <summary>The indexed fields and their boosts. Names: title, summary, tags, unit, category, implementer, body.</summary>
    public static IReadOnlyList<LunrField> DefaultFields { get; } =
    [
        new("title", 10), new("summary", 3), new("tags", 5), new("unit", 2), new("category", 2),
        new("implementer", 2), new("body", 1),
    ];

    /// <summary>The output folder, relative to the output root (and so to base_url).</summary>
    public string Folder { get; init; } = "search";

    public IReadOnlyList<LunrField> Fields { get; init; } = DefaultFields;

    /// <summary>A site with at most this many documents gets one shard.</summary>
    public int SingleShardMaxDocuments { get; init; } = 1500;

    /// <summary>A site whose whole index is estimated at most this large gets one shard.</summary>
    public int SingleShardMaxBytes { get; init; } = 1_000_000;

    /// <summary>The size a shard is cut at, when the index is sharded.</summary>
    public int ShardTargetBytes { get; init; } = 100_000;

    /// <summary>Documents (titles, URLs, summaries) per document file.</summary>
    public int DocumentsPerFile { get; init; } = 200;

    /// <summary>Documents per facet file (the facet values the filters count).</summary>
    public int FacetRowsPerFile { get; init; } = 5000;

    /// <summary>Names shown for unit kinds (id → name); an id without one shows as itself.</summary>
    public IReadOnlyDictionary<string, string> UnitKindLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Names shown for reporting forms (id → name); an id without one shows as itself.</summary>
    public IReadOnlyDictionary<string, string> FormLabels { get; init; } = new Dictionary<string, string>();
}
