using System.Text.Json;
using Showcase.Generator.Output;
using Showcase.Generator.Search;

namespace Showcase.Generator.Tests.Search;

public sealed class ShardedSearchTests
{
    private static readonly SearchIndexOptions Sharded = new()
    {
        SingleShardMaxBytes = 0,
        ShardTargetBytes = 40_000,
    };

    private static readonly SearchIndexOptions Whole = new() { SingleShardMaxBytes = int.MaxValue };

    public static readonly string[] Queries =
    [
        // one word
        "mô hình", "hiệu", "quả", "bác", "đảng", "chè", "2024", "hoa", "xanh", "nghèo", "quỹ", "thư", "dân", "xã", "ước",
        // several words
        "an sinh xã hội", "nông thôn mới ", "cải cách hành chính ", "mỗi tuần làm một việc tốt ", "hồ chí minh ",
        "tiết kiệm heo đất ", "khám bệnh miễn phí ", "dân vận khéo ", "bảo lộc ", "thanh niên tình nguyện ",
        "cà phê dâu ", "lời bác hồ ", "nhà nhân ái ", "4 không ", "5 biết ",
        // prefixes, as typed (a last term under three letters is matched exactly, and optional after other words; lunr's own REQUIRED presence, the
        // reference here, takes seconds on two-letter prefixes, which search-core.js does not use it for)
        "ngu", "ngh", "nghi", "h", "hoc", "hoc t", "an s", "cai cach h", "mo hinh hay", "l", "loc", "loc p", "đ", "đao",
        "tuo", "x", "v", "z", "chi bộ đa", "dang vi",
    ];

    [Fact]
    public void Sharded_index_ranks_exactly_as_the_whole_index()
    {
        var documents = TestCorpus.SearchDocuments(5000, seed: 11);
        using var sharded = Write(SearchIndexBuilder.Build(documents, Sharded));
        using var whole = Write(SearchIndexBuilder.Build(documents, Whole));
        var shardCount = Manifest(sharded).GetProperty("shards").GetArrayLength();
        Assert.True(shardCount >= 20, $"only {shardCount} shards");
        Assert.Equal(1, Manifest(whole).GetProperty("shards").GetArrayLength());

        File.WriteAllText(sharded.File("queries.json"), JsonSerializer.Serialize(Queries));
        NodeRunner.Run("shard-compare.js", sharded.File("search"), whole.File("search"), sharded.File("queries.json"), sharded.File("out.json"));
        using var results = JsonDocument.Parse(File.ReadAllBytes(sharded.File("out.json")));

        var found = 0;
        var partialLoads = 0;
        foreach (var result in results.RootElement.EnumerateArray())
        {
            var query = result.GetProperty("query").GetString();
            var shardedResults = Pairs(result.GetProperty("sharded"));
            var wholeResults = Pairs(result.GetProperty("whole"));
            var lunrScores = Pairs(result.GetProperty("lunr")).ToDictionary(p => p.Ref, p => p.Score);

            // The same ranking and bit-identical scores from the shards as from one whole index.
            Assert.Equal(wholeResults, shardedResults);

            // The same documents as lunr.js finds in the whole index, with its scores, in an order its scores allow.
            Assert.True(lunrScores.Count == shardedResults.Count, $"'{query}': lunr found {lunrScores.Count}, shards {shardedResults.Count}");
            for (var i = 0; i < shardedResults.Count; i++)
            {
                var (reference, score) = shardedResults[i];
                Assert.True(lunrScores.TryGetValue(reference, out var lunrScore), $"'{query}': lunr did not find {reference}");
                Assert.True(Math.Abs(score - lunrScore) <= 1e-9 * Math.Max(1, lunrScore), $"'{query}' {reference}: {score:R}, lunr {lunrScore:R}");
                if (i > 0)
                {
                    Assert.True(lunrScores[shardedResults[i - 1].Ref] >= lunrScore - 1e-9, $"'{query}': #{i - 1} ranks above #{i} against lunr's scores");
                }
            }

            found += shardedResults.Count > 0 ? 1 : 0;
            partialLoads += result.GetProperty("shardsLoaded").GetInt32() < shardCount ? 1 : 0;
        }

        Assert.True(found >= 40, $"only {found} of {Queries.Length} queries found anything");
        Assert.True(partialLoads >= 40, $"only {partialLoads} queries loaded fewer than all shards");
    }

    [Fact]
    public void Shards_written_together_equal_each_shard_written_alone()
    {
        var index = LunrIndexBuilder.Build(TestCorpus.Fields, TestCorpus.Documents(600, seed: 5));
        var terms = index.Terms.Count;
        (int From, int To)[] ranges = [(0, 1), (1, terms / 3), (terms / 3, terms / 3), (terms / 3, terms - 1), (terms - 1, terms)];

        var together = index.ToShardJson(ranges);

        Assert.Equal(ranges.Length, together.Count);
        for (var i = 0; i < ranges.Length; i++)
        {
            Assert.Equal(index.ToShardJson(ranges[i].From, ranges[i].To), together[i]);
        }

        Assert.Throws<ArgumentException>(() => index.ToShardJson([(0, 5), (3, 8)]));
    }

    private static List<(string Ref, double Score)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetDouble())).ToList();

    private static TempFolder Write(IReadOnlyList<OutputFile> files)
    {
        var folder = new TempFolder();
        foreach (var file in files)
        {
            var path = folder.File(file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return folder;
    }

    private static JsonElement Manifest(TempFolder folder) =>
        JsonDocument.Parse(File.ReadAllBytes(folder.File("search/manifest.json"))).RootElement;
}
