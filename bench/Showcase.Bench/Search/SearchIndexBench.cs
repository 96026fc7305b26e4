using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Showcase.Generator.Build;
using Showcase.Generator.Search;
using Showcase.Generator.Site;
using GeneratorContentReader = Showcase.Generator.Content.Io.ContentReader;

namespace Showcase.Bench.Search;

/// <summary>
/// <c>showcase-bench search-index</c>: reads a content tree through the generator, times
/// <see cref="SearchIndexBuilder.Build"/> on the site's search documents (one warm-up, then the median of
/// <c>runs</c>), writes the index it built under <c>out/search/</c> and the same documents, in the same order and
/// with the same refs, as <c>out/corpus.json</c> for lunr.js (tests/node/lunr-corpus.js format).
/// </summary>
public static class SearchIndexBench
{
    public sealed record Result(int Documents, double MedianMs, double MinMs, int Files, long Bytes);

    public static Result Run(string contentDir, string outDir, int runs, Func<SearchIndexOptions, SearchIndexOptions>? adjust = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var built = SiteGenerator.Check(GeneratorContentReader.Read(contentDir), null, new BuildOptions { Today = new DateOnly(2024, 5, 22) });
        var site = built.Site ?? throw new ArgumentException($"{contentDir}: the content does not build:\n{string.Join('\n', built.Diagnostics.Take(20))}");
        if (built.ErrorCount > 0)
        {
            throw new ArgumentException($"{contentDir}: the content has errors:\n{string.Join('\n', built.Diagnostics.Where(d => d.IsError).Take(20))}");
        }

        var documents = SiteSearchDocuments.From(site);
        var options = adjust is null ? SiteSearchDocuments.Options(site) : adjust(SiteSearchDocuments.Options(site));
        var files = SearchIndexBuilder.Build(documents, options);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            files = SearchIndexBuilder.Build(documents, options);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        foreach (var file in files)
        {
            var path = Path.Combine(outDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        WriteCorpus(Path.Combine(outDir, "corpus.json"), documents, options);
        return new Result(documents.Count, times[times.Count / 2], times[0], files.Count, files.Sum(f => (long)f.Content.Length));
    }

    public static string Summary(Result r) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"documents":{{r.Documents}},"medianMs":{{r.MedianMs:F1}},"minMs":{{r.MinMs:F1}},"files":{{r.Files}},"bytes":{{r.Bytes}}}""");

    // The documents as SearchIndexBuilder orders them (URL, kind, title; ordinal) with its base-36 refs.
    private static void WriteCorpus(string path, IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
    {
        var sorted = documents
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .ThenBy(d => d.Kind, StringComparer.Ordinal)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .ToArray();
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray("fields");
        foreach (var field in options.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteNumber("boost", field.Boost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("documents");
        for (var i = 0; i < sorted.Length; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("ref", Base36.Encode(i));
            writer.WriteNumber("boost", 1);
            writer.WriteStartArray("fields");
            foreach (var field in options.Fields)
            {
                writer.WriteStringValue(SearchIndexBuilder.FieldText(sorted[i], field.Name));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
