namespace Showcase.Generator.Search;

/// <summary>
/// What writing shards of one <see cref="LunrIndex"/> needs, computed once: each field vector re-ordered by term
/// position, so that a shard's part of it is one contiguous run.
/// </summary>
internal sealed class LunrShardLayout
{
    public LunrShardLayout(LunrIndex index)
    {
        var positionOf = new int[index.TermIndexAt.Length];
        for (var position = 0; position < positionOf.Length; position++)
        {
            positionOf[index.TermIndexAt[position]] = position;
        }

        var count = index.VectorTerms.Length;
        Positions = new int[count][];
        Scores = new double[count][];
        for (var slot = 0; slot < count; slot++)
        {
            var terms = index.VectorTerms[slot];
            var scores = index.VectorScores[slot];
            var positions = new int[terms.Length];
            var sorted = (double[])scores.Clone();
            for (var i = 0; i < terms.Length; i++)
            {
                positions[i] = positionOf[terms[i]];
            }

            Array.Sort(positions, sorted);
            Positions[slot] = positions;
            Scores[slot] = sorted;
        }
    }

    /// <summary>Term positions of each field vector, ascending.</summary>
    public int[][] Positions { get; }

    /// <summary>Scores matching <see cref="Positions"/>.</summary>
    public double[][] Scores { get; }
}
