namespace Showcase.Generator.Search;

/// <summary>
/// What writing shards of one <see cref="LunrIndex"/> needs, computed once: each field vector re-ordered by term
/// position (so a shard's part of it is one contiguous run) and the sum of squares lunr computes its magnitude from.
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
        SumOfSquares = new double[count];
        for (var slot = 0; slot < count; slot++)
        {
            var terms = index.VectorTerms[slot];
            var scores = index.VectorScores[slot];
            var positions = new int[terms.Length];
            var sorted = (double[])scores.Clone();
            double sum = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                positions[i] = positionOf[terms[i]];
                sum += scores[i] * scores[i];
            }

            Array.Sort(positions, sorted);
            Positions[slot] = positions;
            Scores[slot] = sorted;
            SumOfSquares[slot] = sum;
        }
    }

    /// <summary>Term positions of each field vector, ascending.</summary>
    public int[][] Positions { get; }

    /// <summary>Scores matching <see cref="Positions"/>.</summary>
    public double[][] Scores { get; }

    /// <summary>Each whole vector's sum of squares, added in lunr's element order (term index order).</summary>
    public double[] SumOfSquares { get; }
}
