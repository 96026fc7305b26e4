using System.Buffers;
using System.Text.Json;

namespace Showcase.Generator.Search;

/// <summary>Writes a <see cref="LunrIndex"/>, or a shard of it, as lunr.Index.prototype.toJSON + JSON.stringify would.</summary>
internal static class LunrIndexWriter
{
    public static byte[] WriteWhole(LunrIndex index)
    {
        var fieldCount = index.Fields.Count;
        var keyOrder = LunrNames.ObjectKeyOrder(index.Refs);
        return Write(index, writer =>
        {
            for (var slot = 0; slot < index.VectorTerms.Length; slot++)
            {
                var terms = index.VectorTerms[slot];
                var scores = index.VectorScores[slot];
                StartVector(writer, index, slot);
                for (var i = 0; i < terms.Length; i++)
                {
                    writer.WriteNumberValue(terms[i]);
                    JsJson.WriteNumber(writer, scores[i]);
                }

                EndVector(writer);
            }
        }, writer =>
        {
            for (var position = 0; position < index.SortedTerms.Length; position++)
            {
                WritePosting(writer, index, position, index.TermIndexAt[position], keyOrder, fieldCount);
            }
        });
    }

    public static byte[] WriteShard(LunrIndex index, LunrShardLayout layout, int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, index.SortedTerms.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var fieldCount = index.Fields.Count;
        var keyOrder = LunrNames.ObjectKeyOrder(index.Refs);
        return Write(index, writer =>
        {
            foreach (var slot in SlotsHolding(index, from, to))
            {
                var positions = layout.Positions[slot];
                var scores = layout.Scores[slot];
                var start = LowerBound(positions, from);
                var end = LowerBound(positions, to);
                StartVector(writer, index, slot);
                for (var i = start; i < end; i++)
                {
                    writer.WriteNumberValue(positions[i]);
                    JsJson.WriteNumber(writer, scores[i]);
                }

                EndVector(writer);
            }
        }, writer =>
        {
            for (var position = from; position < to; position++)
            {
                WritePosting(writer, index, position, position, keyOrder, fieldCount);
            }
        });
    }

    private static byte[] Write(LunrIndex index, Action<Utf8JsonWriter> vectors, Action<Utf8JsonWriter> postings)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var writer = new Utf8JsonWriter(buffer, JsJson.WriterOptions))
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
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void StartVector(Utf8JsonWriter writer, LunrIndex index, int slot)
    {
        var fieldCount = index.Fields.Count;
        writer.WriteStartArray();
        JsJson.WriteString(writer, index.Fields[slot % fieldCount].Name + "/" + index.Refs[slot / fieldCount]);
        writer.WriteStartArray();
    }

    private static void EndVector(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndArray();
    }

    private static void WritePosting(Utf8JsonWriter writer, LunrIndex index, int position, int termIndex, long[] keyOrder, int fieldCount)
    {
        writer.WriteStartArray();
        JsJson.WriteString(writer, index.SortedTerms[position]);
        writer.WriteStartObject();
        writer.WriteNumber("_index", termIndex);
        for (var field = 0; field < fieldCount; field++)
        {
            writer.WriteStartObject(index.Fields[field].Name);
            foreach (var doc in InObjectKeyOrder(index.Postings[position * fieldCount + field], keyOrder))
            {
                writer.WriteStartObject(index.Refs[doc]);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static int[] InObjectKeyOrder(int[] docs, long[] keyOrder)
    {
        for (var i = 1; i < docs.Length; i++)
        {
            if (keyOrder[docs[i - 1]] > keyOrder[docs[i]])
            {
                var keys = docs.Select(d => keyOrder[d]).ToArray();
                var sorted = (int[])docs.Clone();
                Array.Sort(keys, sorted);
                return sorted;
            }
        }

        return docs;
    }

    // The field vectors (document × field slots) holding at least one term of [from, to), in lunr's order.
    private static int[] SlotsHolding(LunrIndex index, int from, int to)
    {
        var fieldCount = index.Fields.Count;
        var slots = new List<int>();
        for (var position = from; position < to; position++)
        {
            for (var field = 0; field < fieldCount; field++)
            {
                foreach (var doc in index.Postings[position * fieldCount + field])
                {
                    slots.Add(doc * fieldCount + field);
                }
            }
        }

        slots.Sort();
        return slots.Distinct().ToArray();
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }
}
