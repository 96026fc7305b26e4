using Showcase.Generator.Output;

namespace Showcase.Generator.Search;

/// <summary>
/// Builds the site's search index: <c>search/manifest.json</c>, the shards (<c>index-N.json</c>, each a complete
/// lunr 2.3.9 index of one contiguous range of terms; one shard, byte for byte lunr's own, for a small site), the
/// document files (<c>docs-N.json</c>: ref → URL, title, summary, names) and the facet files
/// (<c>facets-N.json</c>). Documents are ordered by URL (ordinal) and get base-36 refs in that order. Pure and
/// deterministic: the same documents give the same bytes.
/// </summary>
public static class SearchIndexBuilder
{
    public static IReadOnlyList<OutputFile> Build(IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var sorted = documents
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .ThenBy(d => d.Kind, StringComparer.Ordinal)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .ToArray();
        var refs = sorted.Select((_, i) => Base36.Encode(i)).ToArray();
        var lunrDocuments = sorted
            .Select((d, i) => new LunrDocument(refs[i], options.Fields.Select(f => FieldText(d, f.Name)).ToArray()))
            .ToArray();
        var index = LunrIndexBuilder.Build(options.Fields, lunrDocuments);
        var ranges = ShardPlanner.Plan(index, options);

        var folder = options.Folder.Trim('/');
        var files = new List<OutputFile>();
        var shards = new List<SearchFileRange>();
        IReadOnlyList<byte[]> shardBytes = ranges.Count == 1 ? [index.ToJson()] : index.ToShardJson(ranges);
        var n = 0;
        foreach (var bytes in shardBytes)
        {
            var (from, to) = ranges[n];
            var name = $"index-{n++}.json";
            files.Add(new OutputFile($"{folder}/{name}", bytes));
            shards.Add(new SearchFileRange(name, index.Terms[from], index.Terms[to - 1]));
        }

        var facets = SearchFacetTable.Build(sorted, options);
        var docFiles = Chunk(sorted.Length, options.DocumentsPerFile, "docs", refs, (start, end) =>
            SearchFileWriter.WriteDocuments(sorted, refs, start, end));
        var facetFiles = Chunk(sorted.Length, options.FacetRowsPerFile, "facets", refs, (start, end) =>
            SearchFileWriter.WriteFacetRows(facets, refs, start, end));
        foreach (var (range, bytes) in docFiles.Concat(facetFiles))
        {
            files.Add(new OutputFile($"{folder}/{range.File}", bytes));
        }

        var manifest = SearchFileWriter.WriteManifest(new SearchManifest(
            sorted.Length, Site.Urls.ToRoot(folder), options.Fields, index.Pipeline, shards,
            docFiles.Select(f => f.Range).ToArray(), facetFiles.Select(f => f.Range).ToArray(), facets));
        files.Add(new OutputFile($"{folder}/manifest.json", manifest));
        return files;
    }

    /// <summary>The text a field indexes.</summary>
    public static string FieldText(SearchDocument document, string field) => field switch
    {
        "title" => document.Title,
        "summary" => document.Summary,
        "tags" => document.Tags,
        "unit" => document.UnitName,
        "category" => document.CategoryName,
        "implementer" => document.Implementer,
        "body" => document.Body,
        _ => throw new ArgumentException($"no search field '{field}': use title, summary, tags, unit, category, implementer or body"),
    };

    private static List<(SearchFileRange Range, byte[] Bytes)> Chunk(
        int count, int perFile, string prefix, string[] refs, Func<int, int, byte[]> write)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perFile, 1);
        var chunks = new List<(SearchFileRange, byte[])>();
        for (var start = 0; start < count; start += perFile)
        {
            var end = Math.Min(count, start + perFile);
            var range = new SearchFileRange($"{prefix}-{start / perFile}.json", refs[start], refs[end - 1]);
            chunks.Add((range, write(start, end)));
        }

        return chunks;
    }
}
