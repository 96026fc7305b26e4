using System.Text;
using System.Text.Json;
using Showcase.Generator.Search;

namespace Showcase.Generator.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    [Fact]
    public void Build_gives_the_same_bytes_whatever_the_input_order()
    {
        var documents = TestCorpus.SearchDocuments(300, seed: 5);
        var first = SearchIndexBuilder.Build(documents, new SearchIndexOptions());
        var second = SearchIndexBuilder.Build(documents.Reverse().ToArray(), new SearchIndexOptions());
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Content.AsSpan().SequenceEqual(second[i].Content), first[i].Path);
        }
    }

    [Theory]
    [InlineData(8, 0)]
    [InlineData(300, int.MaxValue)]
    public void Small_site_gets_one_shard_that_is_lunrs_own_index(int count, int singleShardMaxBytes)
    {
        var documents = TestCorpus.SearchDocuments(count, seed: 5);
        var options = singleShardMaxBytes == 0 ? new SearchIndexOptions() : new SearchIndexOptions { SingleShardMaxBytes = singleShardMaxBytes };
        var files = SearchIndexBuilder.Build(documents, options).ToDictionary(f => f.Path, f => f.Content);
        var manifest = JsonDocument.Parse(files["search/manifest.json"]).RootElement;
        Assert.Equal(1, manifest.GetProperty("shards").GetArrayLength());

        var sorted = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToArray();
        var lunr = LunrIndexBuilder.Build(SearchIndexOptions.DefaultFields, sorted
            .Select((d, i) => new LunrDocument(Base36.Encode(i), SearchIndexOptions.DefaultFields.Select(f => SearchIndexBuilder.FieldText(d, f.Name)).ToArray()))
            .ToArray());
        Assert.Equal(lunr.ToJson(), files["search/index-0.json"]);
        Assert.Equal(lunr.Terms[0], manifest.GetProperty("shards")[0].GetProperty("from").GetString());
        Assert.Equal(lunr.Terms[^1], manifest.GetProperty("shards")[0].GetProperty("to").GetString());
    }

    [Fact]
    public void Index_larger_than_the_single_shard_size_is_sharded_however_few_its_documents()
    {
        var documents = TestCorpus.SearchDocuments(300, seed: 5);
        var options = new SearchIndexOptions();
        var files = SearchIndexBuilder.Build(documents, options);
        var shards = files.Where(f => f.Path.StartsWith("search/index-", StringComparison.Ordinal)).ToList();
        Assert.True(shards.Sum(f => f.Content.Length) > options.SingleShardMaxBytes);
        Assert.True(shards.Count > 1, $"{shards.Count} shard for {shards.Sum(f => f.Content.Length)} bytes");
        Assert.Equal(300 / options.DocumentsPerFile, files.Count(f => f.Path.StartsWith("search/docs-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Manifest_names_every_file_relative_to_its_folder_and_the_way_back_to_base_url()
    {
        var options = new SearchIndexOptions { SingleShardMaxBytes = 0, ShardTargetBytes = 20_000, DocumentsPerFile = 50, FacetRowsPerFile = 120 };
        var files = SearchIndexBuilder.Build(TestCorpus.SearchDocuments(400, seed: 9), options).ToDictionary(f => f.Path, f => f.Content);
        var manifest = JsonDocument.Parse(files["search/manifest.json"]).RootElement;
        Assert.Equal("../", manifest.GetProperty("root").GetString());
        Assert.Equal(400, manifest.GetProperty("count").GetInt32());
        Assert.Equal(["vnFold"], manifest.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
        var named = new[] { "shards", "docs", "facetFiles" }
            .SelectMany(list => manifest.GetProperty(list).EnumerateArray().Select(e => "search/" + e.GetProperty("file").GetString()))
            .Append("search/manifest.json")
            .Order(StringComparer.Ordinal);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), named);
        Assert.Equal(8, manifest.GetProperty("docs").GetArrayLength());
        Assert.Equal(4, manifest.GetProperty("facetFiles").GetArrayLength());

        // Shards cover contiguous, ordered term ranges.
        var shards = manifest.GetProperty("shards").EnumerateArray().ToArray();
        Assert.True(shards.Length > 5);
        for (var i = 1; i < shards.Length; i++)
        {
            Assert.True(string.CompareOrdinal(shards[i - 1].GetProperty("to").GetString(), shards[i].GetProperty("from").GetString()) < 0);
        }
    }

    [Fact]
    public void Documents_get_base36_refs_in_url_order_with_their_facets()
    {
        var documents = TestCorpus.SearchDocuments(40, seed: 2);
        var files = SearchIndexBuilder.Build(documents, new SearchIndexOptions { DocumentsPerFile = 37 }).ToDictionary(f => f.Path, f => f.Content);
        var docs = JsonDocument.Parse(files["search/docs-0.json"]).RootElement.GetProperty("docs").EnumerateArray()
            .Concat(JsonDocument.Parse(files["search/docs-1.json"]).RootElement.GetProperty("docs").EnumerateArray()).ToArray();
        Assert.Equal(Enumerable.Range(0, 40).Select(Base36.Encode), docs.Select(d => d.GetProperty("ref").GetString()));
        Assert.Equal(documents.Select(d => d.Url).Order(StringComparer.Ordinal), docs.Select(d => d.GetProperty("url").GetString()));

        var manifest = JsonDocument.Parse(files["search/manifest.json"]).RootElement;
        var years = manifest.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "year")
            .GetProperty("values").EnumerateArray().Select(v => int.Parse(v.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(years.OrderDescending(), years);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(46655, "zzz")]
    public void Base36_refs_are_short(int value, string expected) => Assert.Equal(expected, Base36.Encode(value));

    [Fact]
    public void Json_numbers_and_strings_are_written_as_javascript_writes_them()
    {
        Assert.Equal("1e-7", JsJson.FormatNumber(1e-7));
        Assert.Equal("1e+21", JsJson.FormatNumber(1e21));
        Assert.Equal("123456789012345680000", JsJson.FormatNumber(123456789012345680000d));
        Assert.Equal("1", JsJson.FormatNumber(1.0));
        Assert.Equal("0.1", JsJson.FormatNumber(0.1));
        Assert.Equal("0", JsJson.FormatNumber(-0.0));
        Assert.Equal("\"a\\\"\\\\\\n\\u0001\\ud800 <>&'é😀\"", JsJson.Quote("a\"\\\n\u0001\ud800 <>&'é😀"));
        Assert.Equal(3, JsMath.Round(2.5));
        Assert.Equal(-2, JsMath.Round(-2.5));
        Assert.Equal(0, JsMath.Round(0.49999999999999994));
    }

    [Fact]
    public void Folded_terms_keep_their_text_escaped_in_the_index()
    {
        var documents = new[] { TestCorpus.SearchDocuments(1, seed: 1)[0] with { Title = "a\"b c\\d <img> \u0001x" } };
        var index = Encoding.UTF8.GetString(SearchIndexBuilder.Build(documents, new SearchIndexOptions()).Single(f => f.Path == "search/index-0.json").Content);
        Assert.Contains("[\"a\\\"b\",", index);
        Assert.Contains("[\"c\\\\d\",", index);
        Assert.Contains("[\"img\",", index);
        using var parsed = JsonDocument.Parse(index);
    }
}
