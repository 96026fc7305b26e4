using System.Buffers;

namespace Showcase.Generator.Search;

/// <summary>Writes a <see cref="LunrIndex"/>, or a shard of it, as lunr.Index.prototype.toJSON + JSON.stringify would.</summary>
internal static class LunrIndexWriter
{
    public static byte[] WriteWhole(LunrIndex index, LunrShardLayout layout)
    {
        return Write(index, json =>
        {
            for (var slot = 0; slot < index.VectorTerms.Length; slot++)
            {
                WriteVector(json, slot == 0, index, layout, slot, index.VectorTerms[slot], index.VectorScores[slot], 0, index.VectorTerms[slot].Length);
            }
        }, json =>
        {
            for (var position = 0; position < index.SortedTerms.Length; position++)
            {
                WritePosting(json, position == 0, index, layout, position, index.TermIndexAt[position]);
            }
        });
    }

    /// <summary>
    /// The terms at sorted positions [from, to), numbered by position, and the parts of the field vectors that hold
    /// them, in lunr's order of field vectors: <paramref name="parts"/>, found for all shards in one pass
    /// (<see cref="LunrShardParts"/>).
    /// </summary>
    public static byte[] WriteShard(LunrIndex index, LunrShardLayout layout, int from, int to, LunrShardParts.Part parts)
    {
        return Write(index, json =>
        {
            var slots = parts.Slots;
            var starts = parts.Starts;
            var ends = parts.Ends;
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = slots[i];
                WriteVector(json, i == 0, index, layout, slot, layout.Positions[slot], layout.Scores[slot], starts[i], ends[i]);
            }
        }, json =>
        {
            for (var position = from; position < to; position++)
            {
                WritePosting(json, position == from, index, layout, position, position);
            }
        });
    }

    // One buffer per thread, kept between shards: a shard is composed in it value by value (no writer between) and
    // its bytes copied out once, at the end.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    // {"version":…,"fields":[…],"fieldVectors":[…],"invertedIndex":[…],"pipeline":[…]}, as JSON.stringify writes it.
    private static byte[] Write(LunrIndex index, Action<JsonScratch> vectors, Action<JsonScratch> postings)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 18);
        buffer.ResetWrittenCount();
        var json = new JsonScratch(buffer);
        json.Raw("{\"version\":"u8);
        json.String(LunrIndex.Version);
        json.Raw(",\"fields\":["u8);
        List(json, index.Fields.Select(f => f.Name));
        json.Raw("],\"fieldVectors\":["u8);
        vectors(json);
        json.Raw("],\"invertedIndex\":["u8);
        postings(json);
        json.Raw("],\"pipeline\":["u8);
        List(json, index.Pipeline);
        json.Raw("]}"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void List(JsonScratch json, IEnumerable<string> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                json.Raw((byte)',');
            }

            json.String(value);
            first = false;
        }
    }

    // ["field/ref",[index,score,…]] for the elements [start, end).
    private static void WriteVector(
        JsonScratch scratch, bool first, LunrIndex index, LunrShardLayout layout, int slot,
        int[] terms, double[] scores, int start, int end)
    {
        var fieldCount = index.Fields.Count;
        if (!first)
        {
            scratch.Raw((byte)',');
        }

        scratch.Raw(layout.VectorKeyPrefixes[slot % fieldCount]);
        scratch.Raw(layout.RefBytes[slot / fieldCount]);
        scratch.Raw("\",["u8);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                scratch.Raw((byte)',');
            }

            scratch.Integer(terms[i]);
            scratch.Raw((byte)',');
            scratch.Number(scores[i]);
        }

        scratch.Raw("]]"u8);
    }

    // ["term",{"_index":n,"field":{"ref":{},…},…}]
    private static void WritePosting(JsonScratch scratch, bool first, LunrIndex index, LunrShardLayout layout, int position, int termIndex)
    {
        var fieldCount = index.Fields.Count;
        if (!first)
        {
            scratch.Raw((byte)',');
        }

        scratch.Raw((byte)'[');
        scratch.String(index.SortedTerms[position]);
        scratch.Raw(",{\"_index\":"u8);
        scratch.Integer(termIndex);
        for (var field = 0; field < fieldCount; field++)
        {
            scratch.Raw((byte)',');
            scratch.Raw(layout.FieldKeys[field]);
            var firstRef = true;
            foreach (var doc in InObjectKeyOrder(index.Posting(position, field), layout.KeyOrder))
            {
                if (!firstRef)
                {
                    scratch.Raw((byte)',');
                }

                scratch.Raw(layout.RefKeys[doc]);
                firstRef = false;
            }

            scratch.Raw((byte)'}');
        }

        scratch.Raw("}]"u8);
    }

    private static ReadOnlySpan<int> InObjectKeyOrder(ReadOnlySpan<int> docs, long[] keyOrder)
    {
        for (var i = 1; i < docs.Length; i++)
        {
            if (keyOrder[docs[i - 1]] > keyOrder[docs[i]])
            {
                var keys = new long[docs.Length];
                for (var k = 0; k < docs.Length; k++)
                {
                    keys[k] = keyOrder[docs[k]];
                }

                var sorted = docs.ToArray();
                Array.Sort(keys, sorted);
                return sorted;
            }
        }

        return docs;
    }
}
