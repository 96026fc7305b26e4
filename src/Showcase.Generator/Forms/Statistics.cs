namespace Showcase.Generator.Forms;

/// <summary>The numbers of the statistics page (thong-ke/): totals, the count tables, and who is missing from each form.</summary>
public sealed record Statistics(
    int ModelCount,
    int UnitCount,
    int UnitsWithModels,
    int AwardCount,
    string AsOf,
    IReadOnlyList<CountTable> Tables,
    IReadOnlyList<FormCoverage> Forms);
