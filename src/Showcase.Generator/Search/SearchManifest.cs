namespace Showcase.Generator.Search;

/// <summary>What <c>manifest.json</c> says; <see cref="Root"/> is the way from the manifest's folder to base_url.</summary>
internal sealed record SearchManifest(
    int Count,
    string Root,
    IReadOnlyList<LunrField> Fields,
    IReadOnlyList<string> Pipeline,
    IReadOnlyList<SearchFileRange> Shards,
    IReadOnlyList<SearchFileRange> Docs,
    IReadOnlyList<SearchFileRange> FacetFiles,
    SearchFacetTable Facets);
