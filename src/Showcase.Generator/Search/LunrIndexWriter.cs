using System.Buffers;
using System.Text.Json;

namespace Showcase.Generator.Search;

/// <summary>Writes a <see cref="LunrIndex"/>, or a shard of it, as lunr.Index.prototype.toJSON + JSON.stringify would.</summary>
internal static class LunrIndexWriter
{
    public static byte[] WriteWhole(LunrIndex index, LunrShardLayout layout)
    {
        var scratch = new JsonScratch();
        return Write(index, writer =>
        {
            for (var slot = 0; slot < index.VectorTerms.Length; slot++)
            {
                WriteVector(writer, scratch, index, layout, slot, index.VectorTerms[slot], index.VectorScores[slot], 0, index.VectorTerms[slot].Length);
            }
        }, writer =>
        {
            for (var position = 0; position < index.SortedTerms.Length; position++)
            {
                WritePosting(writer, scratch, index, layout, position, index.TermIndexAt[position]);
            }
        });
    }

    /// <summary>
    /// The terms at sorted positions [from, to), numbered by position, and the parts of the field vectors that hold
    /// them, in lunr's order of field vectors.
    /// </summary>
    public static byte[] WriteShard(LunrIndex index, LunrShardLayout layout, int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, index.SortedTerms.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var scratch = new JsonScratch();
        return Write(index, writer =>
        {
            foreach (var slot in SlotsHolding(index, from, to))
            {
                var positions = layout.Positions[slot];
                WriteVector(writer, scratch, index, layout, slot, positions, layout.Scores[slot], LowerBound(positions, from), LowerBound(positions, to));
            }
        }, writer =>
        {
            for (var position = from; position < to; position++)
            {
                WritePosting(writer, scratch, index, layout, position, position);
            }
        });
    }

    /// <summary>
    /// As <see cref="WriteShard(LunrIndex, LunrShardLayout, int, int)"/>, with the field vectors' parts of the shard
    /// found beforehand for all shards in one pass (<see cref="LunrShardParts"/>): no per-shard gathering and sorting
    /// of postings, no searching in each vector.
    /// </summary>
    public static byte[] WriteShard(LunrIndex index, LunrShardLayout layout, int from, int to, LunrShardParts.Part parts)
    {
        var scratch = new JsonScratch();
        return Write(index, writer =>
        {
            for (var i = 0; i < parts.Slots.Length; i++)
            {
                var slot = parts.Slots[i];
                WriteVector(writer, scratch, index, layout, slot, layout.Positions[slot], layout.Scores[slot], parts.Starts[i], parts.Ends[i]);
            }
        }, writer =>
        {
            for (var position = from; position < to; position++)
            {
                WritePosting(writer, scratch, index, layout, position, position);
            }
        });
    }

    // One buffer and writer per thread, kept between shards: a shard's bytes are copied out once, at the end.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static byte[] Write(LunrIndex index, Action<Utf8JsonWriter> vectors, Action<Utf8JsonWriter> postings)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 18);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, JsJson.WriterOptions);
        writer.Reset(buffer);
        {
            writer.WriteStartObject();
            writer.WritePropertyName("version");
            JsJson.WriteString(writer, LunrIndex.Version);
            writer.WriteStartArray("fields");
            foreach (var field in index.Fields)
            {
                JsJson.WriteString(writer, field.Name);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("fieldVectors");
            vectors(writer);
            writer.WriteEndArray();
            writer.WriteStartArray("invertedIndex");
            postings(writer);
            writer.WriteEndArray();
            writer.WriteStartArray("pipeline");
            foreach (var label in index.Pipeline)
            {
                JsJson.WriteString(writer, label);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // ["field/ref",[index,score,…]] for the elements [start, end).
    private static void WriteVector(
        Utf8JsonWriter writer, JsonScratch scratch, LunrIndex index, LunrShardLayout layout, int slot,
        int[] terms, double[] scores, int start, int end)
    {
        var fieldCount = index.Fields.Count;
        scratch.Clear();
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
        scratch.WriteTo(writer);
    }

    // ["term",{"_index":n,"field":{"ref":{},…},…}]
    private static void WritePosting(Utf8JsonWriter writer, JsonScratch scratch, LunrIndex index, LunrShardLayout layout, int position, int termIndex)
    {
        var fieldCount = index.Fields.Count;
        scratch.Clear();
        scratch.Raw((byte)'[');
        scratch.String(index.SortedTerms[position]);
        scratch.Raw(",{\"_index\":"u8);
        scratch.Integer(termIndex);
        for (var field = 0; field < fieldCount; field++)
        {
            scratch.Raw((byte)',');
            scratch.Raw(layout.FieldKeys[field]);
            var first = true;
            foreach (var doc in InObjectKeyOrder(index.Posting(position, field), layout.KeyOrder))
            {
                if (!first)
                {
                    scratch.Raw((byte)',');
                }

                scratch.Raw(layout.RefKeys[doc]);
                first = false;
            }

            scratch.Raw((byte)'}');
        }

        scratch.Raw("}]"u8);
        scratch.WriteTo(writer);
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

    // The field vectors (document × field slots) holding at least one term of [from, to), in lunr's order.
    private static List<int> SlotsHolding(LunrIndex index, int from, int to)
    {
        var fieldCount = index.Fields.Count;
        var slots = new List<int>();
        for (var position = from; position < to; position++)
        {
            for (var field = 0; field < fieldCount; field++)
            {
                foreach (var doc in index.Posting(position, field))
                {
                    slots.Add(doc * fieldCount + field);
                }
            }
        }

        slots.Sort();
        var distinct = 0;
        for (var i = 0; i < slots.Count; i++)
        {
            if (i == 0 || slots[i] != slots[i - 1])
            {
                slots[distinct++] = slots[i];
            }
        }

        slots.RemoveRange(distinct, slots.Count - distinct);
        return slots;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }
}
