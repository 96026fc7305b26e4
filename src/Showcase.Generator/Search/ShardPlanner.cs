using System.Text;

namespace Showcase.Generator.Search;

/// <summary>
/// Cuts an index's sorted terms into contiguous ranges of about <see cref="SearchIndexOptions.ShardTargetBytes"/>
/// of JSON each, estimated in one pass over the postings (linear in the index).
/// </summary>
internal static class ShardPlanner
{
    private const int VectorElementBytes = 14;
    private const int VectorOverheadBytes = 34;

    /// <summary>Term ranges [From, To) in sorted position; empty when the index has no terms.</summary>
    public static IReadOnlyList<(int From, int To)> Plan(LunrIndex index, SearchIndexOptions options)
    {
        var termCount = index.SortedTerms.Length;
        if (termCount == 0)
        {
            return [];
        }

        if (EstimateWhole(index) <= options.SingleShardMaxBytes)
        {
            return [(0, termCount)];
        }

        var fieldCount = index.Fields.Count;
        var shardOfSlot = new int[index.VectorTerms.Length];
        Array.Fill(shardOfSlot, -1);
        var ranges = new List<(int, int)>();
        var start = 0;
        long size = 0;
        for (var position = 0; position < termCount; position++)
        {
            var shard = ranges.Count;
            long termSize = PostingBytes(index, position);
            for (var field = 0; field < fieldCount; field++)
            {
                foreach (var doc in index.Posting(position, field))
                {
                    var slot = doc * fieldCount + field;
                    termSize += VectorElementBytes;
                    if (shardOfSlot[slot] != shard)
                    {
                        shardOfSlot[slot] = shard;
                        termSize += VectorOverheadBytes + index.Refs[doc].Length + index.Fields[field].Name.Length;
                    }
                }
            }

            if (size > 0 && size + termSize > options.ShardTargetBytes)
            {
                ranges.Add((start, position));
                start = position;
                size = 0;
                position--; // estimate the term again, its vectors now being new to the next shard
                continue;
            }

            size += termSize;
        }

        ranges.Add((start, termCount));
        return ranges;
    }

    private static long EstimateWhole(LunrIndex index)
    {
        long size = 0;
        for (var position = 0; position < index.SortedTerms.Length; position++)
        {
            size += PostingBytes(index, position);
        }

        for (var slot = 0; slot < index.VectorTerms.Length; slot++)
        {
            size += VectorOverheadBytes + index.VectorTerms[slot].Length * (long)VectorElementBytes;
        }

        return size;
    }

    private static long PostingBytes(LunrIndex index, int position)
    {
        var fieldCount = index.Fields.Count;
        long size = Encoding.UTF8.GetByteCount(index.SortedTerms[position]) + 20;
        for (var field = 0; field < fieldCount; field++)
        {
            size += index.Fields[field].Name.Length + 5;
            foreach (var doc in index.Posting(position, field))
            {
                size += index.Refs[doc].Length + 6;
            }
        }

        return size;
    }
}
