namespace Showcase.Bench.Text;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014). Our own generator, so that the same
/// seed gives the same corpus on every runtime; System.Random's algorithm is
/// not part of its contract.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, max). Multiply-shift, so no modulo bias worth noticing.</summary>
    public int Next(int max)
    {
        if (max <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(max));
        }
        return (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);
    }

    /// <summary>A value in [min, max], both ends included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with the given probability (0..1).</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A new, independent stream; lets one stage draw without shifting another's.</summary>
    public SplitMix64 Fork(ulong salt) => new(NextUInt64() ^ (salt * 0xD1B54A32D192ED03UL));
}
