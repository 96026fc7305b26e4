namespace Showcase.Bench.Corpus;

/// <summary>What to generate: how many models, from which seed; every other size follows from these.</summary>
public sealed record CorpusSpec(int Models, ulong Seed)
{
    public int Units => Math.Max(12, Models / 50);

    public int Standards => Math.Min(Units, Math.Max(2, Models / 100));

    public int Images => Math.Max(3, Models / 200);

    public const int FirstYear = 2021;

    public const int LastYear = 2024;
}
