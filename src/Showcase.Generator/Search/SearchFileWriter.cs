using System.Buffers;
using System.Text.Json;

namespace Showcase.Generator.Search;

/// <summary>Writes the manifest, document and facet files: compact JSON, fixed property order, UTF-8 text unescaped.</summary>
internal static class SearchFileWriter
{
    public const int FormatVersion = 1;

    public static byte[] WriteManifest(SearchManifest manifest) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", FormatVersion);
        writer.WritePropertyName("lunr");
        JsJson.WriteString(writer, LunrIndex.Version);
        writer.WriteNumber("count", manifest.Count);
        writer.WritePropertyName("root");
        JsJson.WriteString(writer, manifest.Root);
        writer.WriteStartArray("fields");
        foreach (var field in manifest.Fields)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("name");
            JsJson.WriteString(writer, field.Name);
            writer.WritePropertyName("boost");
            JsJson.WriteNumber(writer, field.Boost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("pipeline");
        foreach (var label in manifest.Pipeline)
        {
            JsJson.WriteString(writer, label);
        }

        writer.WriteEndArray();
        WriteRanges(writer, "shards", manifest.Shards);
        WriteRanges(writer, "docs", manifest.Docs);
        WriteRanges(writer, "facetFiles", manifest.FacetFiles);
        writer.WriteStartArray("facets");
        for (var facet = 0; facet < SearchFacetTable.Names.Length; facet++)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("name");
            JsJson.WriteString(writer, SearchFacetTable.Names[facet]);
            writer.WriteStartArray("values");
            foreach (var (id, label) in manifest.Facets.Values[facet])
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                JsJson.WriteString(writer, id);
                writer.WritePropertyName("label");
                JsJson.WriteString(writer, label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static byte[] WriteDocuments(IReadOnlyList<SearchDocument> documents, string[] refs, int start, int end) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("from");
        JsJson.WriteString(writer, refs[start]);
        writer.WriteStartArray("docs");
        for (var i = start; i < end; i++)
        {
            var d = documents[i];
            writer.WriteStartObject();
            Property(writer, "ref", refs[i]);
            Property(writer, "url", d.Url);
            Property(writer, "kind", d.Kind);
            Property(writer, "title", d.Title);
            Property(writer, "summary", d.Summary);
            Property(writer, "unit", d.UnitName);
            Property(writer, "category", d.CategoryName);
            Property(writer, "implementer", d.Implementer);
            if (d.Facets.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static byte[] WriteFacetRows(SearchFacetTable facets, string[] refs, int start, int end) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("from");
        JsJson.WriteString(writer, refs[start]);
        writer.WriteStartArray("rows");
        for (var i = start; i < end; i++)
        {
            writer.WriteStartArray();
            foreach (var values in facets.Rows[i])
            {
                writer.WriteStartArray();
                foreach (var value in values)
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteRanges(Utf8JsonWriter writer, string name, IReadOnlyList<SearchFileRange> ranges)
    {
        writer.WriteStartArray(name);
        foreach (var range in ranges)
        {
            writer.WriteStartObject();
            Property(writer, "file", range.File);
            Property(writer, "from", range.From);
            Property(writer, "to", range.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Property(Utf8JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        JsJson.WriteString(writer, value);
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, JsJson.WriterOptions))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
