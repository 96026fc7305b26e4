using System.Text;
using System.Text.Json;
using Showcase.Generator.Search;

namespace Showcase.Generator.Tests.Search;

public sealed class LunrConformanceTests
{
    public static readonly string[] Queries =
    [
        "mô hình", "mo hinh", "MÔ HÌNH HAY", "an sinh xa hoi", "nông thôn mới", "nong thon moi ", "ngh", "hoc t",
        "bác hồ", "Hồ Chí Minh", "đảng", "dang uy", "2024", "5 biết", "4-không", "40×60", "“dân vận khéo”",
        "tiết kiệm heo", "xyzzy", "co\u0301 đạo", "Lộc", "l", "🌿", "<img src=x onerror=alert(1)>", "title:",
        "^", "-", "*", "~", "+an -sinh", "tiet*kiem", "   ", "",
    ];

    public static readonly string[] SyntaxQueries = ["title:hoa", "nong^5 thon", "+an -sinh", "xa*", "hoc~1"];

    [Fact]
    public void Index_is_byte_identical_to_lunr_js_and_answers_queries_identically()
    {
        var documents = TestCorpus.Documents(400, seed: 7);
        var ours = LunrIndexBuilder.Build(TestCorpus.Fields, documents).ToJson();

        using var temp = new TempFolder();
        WriteCorpus(temp.File("corpus.json"), documents);
        File.WriteAllBytes(temp.File("ours.json"), ours);
        NodeRunner.Run("lunr-build.js", temp.File("corpus.json"), temp.File("lunr.json"));
        var theirs = File.ReadAllBytes(temp.File("lunr.json"));
        Assert.True(theirs.AsSpan().SequenceEqual(ours), FirstDifference(theirs, ours));

        var queries = Queries.Select(q => new { text = q, syntax = false })
            .Concat(SyntaxQueries.Select(q => new { text = q, syntax = true }));
        File.WriteAllText(temp.File("queries.json"), JsonSerializer.Serialize(queries));
        NodeRunner.Run("lunr-query.js", temp.File("corpus.json"), temp.File("ours.json"), temp.File("queries.json"), temp.File("results.json"));
        using var results = JsonDocument.Parse(File.ReadAllBytes(temp.File("results.json")));
        var nonEmpty = 0;
        foreach (var result in results.RootElement.EnumerateArray())
        {
            var lunr = result.GetProperty("lunr").GetRawText();
            Assert.Equal(lunr, result.GetProperty("ours").GetRawText());
            nonEmpty += result.GetProperty("lunr").GetArrayLength() > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty >= 20, $"only {nonEmpty} queries found anything");
    }

    [Fact]
    public void Index_of_no_documents_and_of_empty_fields_matches_lunr_js()
    {
        using var temp = new TempFolder();
        foreach (var documents in new[]
        {
            Array.Empty<LunrDocument>(),
            [new LunrDocument("1", new string?[TestCorpus.Fields.Length])],
            [new LunrDocument("a", ["Đ", null, "", "--", "x", "x x x", "x", null]), new LunrDocument("0", ["x", "y", null, null, null, null, null, "z"])],
        })
        {
            WriteCorpus(temp.File("corpus.json"), documents);
            NodeRunner.Run("lunr-build.js", temp.File("corpus.json"), temp.File("lunr.json"));
            Assert.Equal(File.ReadAllText(temp.File("lunr.json")), Encoding.UTF8.GetString(LunrIndexBuilder.Build(TestCorpus.Fields, documents).ToJson()));
        }
    }

    [Fact]
    public void Build_rejects_names_lunr_cannot_keep()
    {
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new LunrField("a/b")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new LunrField("constructor")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new LunrField("x")], [new LunrDocument("a/b", ["t"])]));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new LunrField("x")], [new LunrDocument("a", ["t"]), new LunrDocument("a", ["u"])]));
    }

    internal static void WriteCorpus(string path, IReadOnlyList<LunrDocument> documents)
    {
        var corpus = new
        {
            fields = TestCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = documents.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.Fields }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(corpus));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        string Around(byte[] b) => Encoding.UTF8.GetString(b, Math.Max(0, i - 120), Math.Min(b.Length, i + 120) - Math.Max(0, i - 120));
        return $"first difference at byte {i} of {expected.Length}/{actual.Length}\nlunr: {Around(expected)}\nours: {Around(actual)}";
    }
}
