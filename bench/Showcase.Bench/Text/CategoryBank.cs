namespace Showcase.Bench.Text;

/// <summary>The words of one field (lĩnh vực): model names, who benefits, what is done, what comes of it.</summary>
public sealed record CategoryBank(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> ModelNames,
    IReadOnlyList<string> Beneficiaries,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Tags);
