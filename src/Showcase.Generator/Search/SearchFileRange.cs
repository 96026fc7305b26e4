namespace Showcase.Generator.Search;

/// <summary>One file of the index, named relative to the index's folder, with the first and last key it holds (terms for a shard, refs otherwise).</summary>
internal sealed record SearchFileRange(string File, string From, string To);
