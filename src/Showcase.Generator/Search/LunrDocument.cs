namespace Showcase.Generator.Search;

/// <summary>
/// A document to index: its ref, one text per field of the index (in the fields' order; null when missing) and a
/// document boost (lunr treats 0 as 1). A ref is ASCII letters, digits, '_', '-', '.' or '~'.
/// </summary>
public sealed record LunrDocument(string Ref, IReadOnlyList<string?> Fields, double Boost = 1);
