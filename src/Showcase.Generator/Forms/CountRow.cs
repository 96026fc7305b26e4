namespace Showcase.Generator.Forms;

/// <summary>One line of a statistics table: what is counted, where it links (if anywhere), how many, and its share of the total.</summary>
public sealed record CountRow(string Label, string? Link, int Count, string Share);
