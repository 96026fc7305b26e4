namespace Showcase.Generator.Search;

/// <summary>
/// A field of a lunr index and its build-time boost (lunr treats a boost of 0 as 1). A name is lower-case ASCII
/// letters, digits and '_', starting with a letter, so that JavaScript orders and stores it as lunr expects.
/// </summary>
public sealed record LunrField(string Name, double Boost = 1);
