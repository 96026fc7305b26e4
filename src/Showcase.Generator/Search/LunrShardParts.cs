namespace Showcase.Generator.Search;

/// <summary>
/// For every shard of a set of disjoint term ranges, the field vectors holding one of its terms, in lunr's order of
/// field vectors, each with the run [start, end) of its elements (by term position) that fall in the shard. Found
/// in one pass over all vectors: linear in the index's size, whatever the number of shards.
/// </summary>
internal sealed class LunrShardParts
{
    private readonly int[] _offsets;
    private readonly int[] _slots;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private LunrShardParts(int[] offsets, int[] slots, int[] starts, int[] ends)
    {
        _offsets = offsets;
        _slots = slots;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>One shard's field vector runs: slot ascending, each with its element run.</summary>
    public readonly record struct Part(ReadOnlyMemory<int> SlotsMemory, ReadOnlyMemory<int> StartsMemory, ReadOnlyMemory<int> EndsMemory)
    {
        public ReadOnlySpan<int> Slots => SlotsMemory.Span;

        public ReadOnlySpan<int> Starts => StartsMemory.Span;

        public ReadOnlySpan<int> Ends => EndsMemory.Span;
    }

    public Part Of(int shard)
    {
        var from = _offsets[shard];
        var length = _offsets[shard + 1] - from;
        return new Part(_slots.AsMemory(from, length), _starts.AsMemory(from, length), _ends.AsMemory(from, length));
    }

    /// <summary>The parts of each range; ranges must lie within the terms and not overlap (a term is in one shard).</summary>
    public static LunrShardParts Plan(LunrIndex index, LunrShardLayout layout, IReadOnlyList<(int From, int To)> ranges)
    {
        var shardOf = new int[index.SortedTerms.Length];
        Array.Fill(shardOf, -1);
        for (var shard = 0; shard < ranges.Count; shard++)
        {
            var (from, to) = ranges[shard];
            ArgumentOutOfRangeException.ThrowIfNegative(from);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(to, shardOf.Length);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
            for (var position = from; position < to; position++)
            {
                if (shardOf[position] >= 0)
                {
                    throw new ArgumentException($"shard ranges overlap at term {position}", nameof(ranges));
                }

                shardOf[position] = shard;
            }
        }

        // Two passes over the runs: count per shard, then fill at each shard's offset.
        var counts = new int[ranges.Count + 1];
        ForEachRun(layout, shardOf, (shard, _, _, _) => counts[shard + 1]++);
        for (var shard = 0; shard < ranges.Count; shard++)
        {
            counts[shard + 1] += counts[shard];
        }

        var total = counts[^1];
        var slots = new int[total];
        var starts = new int[total];
        var ends = new int[total];
        var fill = counts[..^1];
        ForEachRun(layout, shardOf, (shard, slot, start, end) =>
        {
            var at = fill[shard]++;
            slots[at] = slot;
            starts[at] = start;
            ends[at] = end;
        });
        return new LunrShardParts(counts, slots, starts, ends);
    }

    private static void ForEachRun(LunrShardLayout layout, int[] shardOf, Action<int, int, int, int> run)
    {
        for (var slot = 0; slot < layout.Positions.Length; slot++)
        {
            var positions = layout.Positions[slot];
            var i = 0;
            while (i < positions.Length)
            {
                var shard = shardOf[positions[i]];
                var start = i;
                while (i < positions.Length && shardOf[positions[i]] == shard)
                {
                    i++;
                }

                if (shard >= 0)
                {
                    run(shard, slot, start, i);
                }
            }
        }
    }
}
