using System.Diagnostics;
using System.Globalization;
using Showcase.Bench;
using Showcase.Bench.Check;
using Showcase.Bench.Corpus;
using Showcase.Bench.Hugo;
using Showcase.Bench.Search;

const string Usage = """
    showcase-bench generate --models N --out DIR [--seed S]
        a deterministic content tree in Showcase's format (same N and S, same bytes)
    showcase-bench check --content DIR
        parse every YAML file and front matter, resolve every id, slug and link
    showcase-bench hugo-content --from DIR --out HUGODIR [--theme bench/hugo]
        the same corpus as a Hugo site using the minimal theme
    showcase-bench search-index --content DIR --out DIR [--runs 5] [--shard-bytes B] [--single-shard-bytes B]
                                [--docs-per-file N] [--facet-rows-per-file N]
        time our search index build (median), write it and the documents as a lunr.js corpus (bench/search-bench.sh);
        the options override SearchIndexOptions' defaults, to try other layouts
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    var rest = args[1..];
    var clock = Stopwatch.StartNew();
    switch (args[0])
    {
        case "generate":
        {
            var a = Arguments.Parse(rest, "models", "out", "seed");
            var spec = new CorpusSpec(
                int.Parse(a.Required("models"), CultureInfo.InvariantCulture),
                ulong.Parse(a.Optional("seed", "1"), CultureInfo.InvariantCulture));
            var (files, bytes) = CorpusWriter.Write(CorpusGenerator.Generate(spec), a.Required("out"));
            Console.WriteLine($"generated {spec.Models} models, {spec.Units} units: {files} files, {bytes / 1e6:F1} MB in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        case "check":
        {
            var a = Arguments.Parse(rest, "content");
            var report = CorpusChecker.Check(a.Required("content"));
            foreach (var error in report.Errors)
            {
                Console.Error.WriteLine(error);
            }
            Console.WriteLine(report.Summary);
            return report.Errors.Count == 0 ? 0 : 1;
        }
        case "hugo-content":
        {
            var a = Arguments.Parse(rest, "from", "out", "theme");
            var count = HugoSiteWriter.Write(a.Required("from"), a.Required("out"), a.Optional("theme", Path.Combine("bench", "hugo")));
            Console.WriteLine($"wrote a Hugo site with {count} models in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        case "search-index":
        {
            var a = Arguments.Parse(rest, "content", "out", "runs", "shard-bytes", "single-shard-bytes", "docs-per-file", "facet-rows-per-file");
            int Int(string name, int fallback) => int.Parse(a.Optional(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            var result = SearchIndexBench.Run(a.Required("content"), a.Required("out"), Int("runs", 5), o => o with
            {
                ShardTargetBytes = Int("shard-bytes", o.ShardTargetBytes),
                SingleShardMaxBytes = Int("single-shard-bytes", o.SingleShardMaxBytes),
                DocumentsPerFile = Int("docs-per-file", o.DocumentsPerFile),
                FacetRowsPerFile = Int("facet-rows-per-file", o.FacetRowsPerFile),
            });
            Console.WriteLine(SearchIndexBench.Summary(result));
            return 0;
        }
        default:
            Console.Error.WriteLine($"unknown command '{args[0]}'\n{Usage}");
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine($"showcase-bench: {e.Message}");
    return 2;
}
