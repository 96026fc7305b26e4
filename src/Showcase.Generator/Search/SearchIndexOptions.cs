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

    /// <summary>
    /// A site whose whole index is estimated at most this large gets one shard, lunr's own index of the whole site.
    /// Larger ones are sharded whatever their number of documents: a reader fetches the shards of the query's terms,
    /// not the whole index (1,000 models of 300 to 1,500 words make a 6 MB index; the sample site's 200 kB index
    /// costs a query about 230 kB whole, 100 kB sharded).
    /// </summary>
    public int SingleShardMaxBytes { get; init; } = 100_000;

    /// <summary>
    /// The size a shard is cut at, when the index is sharded. A shard never splits a term, so the shards of common
    /// words are larger; below ~50 kB, smaller shards no longer save bytes and only lengthen the manifest.
    /// </summary>
    public int ShardTargetBytes { get; init; } = 50_000;

    /// <summary>
    /// Documents (titles, URLs, summaries) per document file. The first 20 results are spread over the site, so
    /// each one shown costs about one file: 20 documents (~10 kB) rather than 200 (~100 kB).
    /// </summary>
    public int DocumentsPerFile { get; init; } = 20;

    /// <summary>Documents per facet file (the facet values the filters count).</summary>
    public int FacetRowsPerFile { get; init; } = 5000;

    /// <summary>Names shown for unit kinds (id → name); an id without one shows as itself.</summary>
    public IReadOnlyDictionary<string, string> UnitKindLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Names shown for reporting forms (id → name); an id without one shows as itself.</summary>
    public IReadOnlyDictionary<string, string> FormLabels { get; init; } = new Dictionary<string, string>();
}
