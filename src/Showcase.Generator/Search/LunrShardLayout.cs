using System.Text;

namespace Showcase.Generator.Search;

/// <summary>
/// What writing one <see cref="LunrIndex"/> (whole or in shards) needs, computed once: refs and field names
/// encoded as JSON property names, the order JavaScript lists refs in, and each field vector re-ordered by term
/// position, so that a shard's part of it is one contiguous run.
/// </summary>
internal sealed class LunrShardLayout
{
    public LunrShardLayout(LunrIndex index, bool byPosition)
    {
        RefKeys = index.Refs.Select(r => Encoding.UTF8.GetBytes(JsJson.Quote(r) + ":{}")).ToArray();
        RefBytes = index.Refs.Select(r => Encoding.UTF8.GetBytes(r)).ToArray();
        FieldKeys = index.Fields.Select(f => Encoding.UTF8.GetBytes(JsJson.Quote(f.Name) + ":{")).ToArray();
        VectorKeyPrefixes = index.Fields.Select(f => Encoding.UTF8.GetBytes("[\"" + f.Name + "/")).ToArray();
        KeyOrder = LunrNames.ObjectKeyOrder(index.Refs);
        if (!byPosition)
        {
            Positions = [];
            Scores = [];
            return;
        }

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

    /// <summary>Per document, <c>"ref":{}</c>, its entry in a posting.</summary>
    public byte[][] RefKeys { get; }

    /// <summary>Per document, its ref (plain ASCII, checked by <see cref="LunrNames"/>).</summary>
    public byte[][] RefBytes { get; }

    /// <summary>Per field, <c>"field":{</c>, the start of its part of a posting.</summary>
    public byte[][] FieldKeys { get; }

    /// <summary>Per field, <c>["field/</c>, the start of a field vector entry.</summary>
    public byte[][] VectorKeyPrefixes { get; }

    /// <summary>Per document ordinal, a key that sorts refs as JavaScript's Object.keys lists them.</summary>
    public long[] KeyOrder { get; }

    /// <summary>Term positions of each field vector, ascending.</summary>
    public int[][] Positions { get; }

    /// <summary>Scores matching <see cref="Positions"/>.</summary>
    public double[][] Scores { get; }
}
