namespace Showcase.Generator.Search;

/// <summary>
/// A built lunr 2.3.9 index, in the shape lunr's Builder leaves it: term indexes in order of first appearance,
/// field vectors with BM25 scores rounded to three decimals. Immutable. <see cref="ToJson"/> gives the bytes of
/// <c>JSON.stringify(builder.build())</c>; <see cref="ToShardJson"/> a valid lunr index holding a range of terms.
/// </summary>
public sealed class LunrIndex
{
    internal LunrIndex(
        IReadOnlyList<LunrField> fields,
        IReadOnlyList<string> refs,
        string[] sortedTerms,
        int[] termIndexAt,
        int[] postingOffsets,
        int[] postingDocs,
        int[][] vectorTerms,
        double[][] vectorScores)
    {
        Fields = fields;
        Refs = refs;
        SortedTerms = sortedTerms;
        TermIndexAt = termIndexAt;
        PostingOffsets = postingOffsets;
        PostingDocs = postingDocs;
        VectorTerms = vectorTerms;
        VectorScores = vectorScores;
    }

    /// <summary>The lunr version whose serialized format this is.</summary>
    public const string Version = "2.3.9";

    public IReadOnlyList<LunrField> Fields { get; }

    /// <summary>Document refs in the order they were added.</summary>
    public IReadOnlyList<string> Refs { get; }

    /// <summary>The search pipeline's registered labels.</summary>
    public IReadOnlyList<string> Pipeline { get; } = [VietnameseFolding.PipelineLabel];

    /// <summary>Every term, in ordinal (UTF-16) order, the order of the serialized inverted index.</summary>
    public IReadOnlyList<string> Terms => SortedTerms;

    internal string[] SortedTerms { get; }

    /// <summary>lunr's term index (order of first appearance) of the term at each sorted position.</summary>
    internal int[] TermIndexAt { get; }

    /// <summary>Where each (sorted position × fields + field) posting starts in <see cref="PostingDocs"/>; one extra at the end.</summary>
    internal int[] PostingOffsets { get; }

    /// <summary>Document ordinals of every posting, each posting ascending.</summary>
    internal int[] PostingDocs { get; }

    /// <summary>The documents holding the term at a sorted position in a field, ascending.</summary>
    internal ReadOnlySpan<int> Posting(int position, int field)
    {
        var at = position * Fields.Count + field;
        return PostingDocs.AsSpan(PostingOffsets[at], PostingOffsets[at + 1] - PostingOffsets[at]);
    }

    /// <summary>lunr term indexes of a field vector, ascending, at [document × fields + field].</summary>
    internal int[][] VectorTerms { get; }

    /// <summary>Scores matching <see cref="VectorTerms"/>.</summary>
    internal double[][] VectorScores { get; }

    /// <summary>The index exactly as lunr.js serializes it.</summary>
    public byte[] ToJson() => LunrIndexWriter.WriteWhole(this, new LunrShardLayout(this, byPosition: false));

    /// <summary>
    /// A lunr index of the terms at sorted positions [<paramref name="from"/>, <paramref name="to"/>), with the parts
    /// of the field vectors that hold them; terms are numbered by sorted position. lunr scores a document field as
    /// dot(query, field vector) / |query|, and the query vector is the same for every field and document, so a
    /// document's score in the whole index is Σ over shards of (its shard score × |shard query|) / |whole query|:
    /// search-core.js adds shard scores up that way.
    /// </summary>
    public byte[] ToShardJson(int from, int to) => ToShardJson([(from, to)])[0];

    /// <summary>Shards of many disjoint ranges, written in parallel over one layout; in the order of the ranges.</summary>
    public IReadOnlyList<byte[]> ToShardJson(IReadOnlyList<(int From, int To)> ranges)
    {
        var layout = new LunrShardLayout(this, byPosition: true);
        var parts = LunrShardParts.Plan(this, layout, ranges);
        var shards = new byte[ranges.Count][];
        Parallel.For(0, ranges.Count, i => shards[i] = LunrIndexWriter.WriteShard(this, layout, ranges[i].From, ranges[i].To, parts.Of(i)));
        return shards;
    }
}
