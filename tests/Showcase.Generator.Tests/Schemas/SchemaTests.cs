using NJsonSchema;
using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ (for editors) accept the sample content, and for each snippet below give the same
/// verdict as the loader: valid when the loader reports no error about the file's own shape and no unknown field
/// (SG1010, a warning the schemas make an error so editors flag misspelt names). References between files (SG2xxx)
/// and duplicate ids (SG1005) are beyond a schema and not compared.
/// </summary>
public sealed class SchemaTests
{
    private static readonly HashSet<string> ShapeCodes = ["SG1001", "SG1002", "SG1003", "SG1004", "SG1006", "SG1007", "SG1008", "SG1009", "SG1010", "SG1011", "SG1012"];

    private static string SchemaPath(string name) => Path.Combine(TestBuild.RepoRoot, "schemas", $"{name}.schema.json");

    private static JsonSchema Schema(string name) => JsonSchema.FromFileAsync(SchemaPath(name)).GetAwaiter().GetResult();

    /// <summary>What an editor would flag: the schema's errors, or the YAML syntax error that stops it reading the file.</summary>
    private static IReadOnlyList<string> SchemaErrors(string name, string yaml)
    {
        try
        {
            return Schema(name).Validate(YamlJson.Convert(yaml)).Select(e => $"{e.Path}: {e.Kind}").ToList();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return [$"YAML: {e.Message}"];
        }
    }

    /// <summary>The loader's findings about one file's shape, the file placed in an otherwise valid mini site.</summary>
    private static IReadOnlyList<string> LoaderErrors(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        ContentParser.Parse(MiniSite.Source(MiniSite.Minimal, $"-- {path} --\n{text}"), diagnostics);
        return diagnostics.ToSortedList().Where(d => d.Span.Path == path && ShapeCodes.Contains(d.Code)).Select(d => d.ToString()).ToList();
    }

    public static TheoryData<string, string> SampleFiles()
    {
        var data = new TheoryData<string, string>();
        var content = Path.Combine(TestBuild.RepoRoot, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            var name = relative switch
            {
                "site.yaml" or "units.yaml" or "categories.yaml" or "forms.yaml" => relative[..^5],
                _ when relative.StartsWith("standards/", StringComparison.Ordinal) => "standards",
                _ when relative.StartsWith("models/", StringComparison.Ordinal) => "model",
                _ => null,
            };
            if (name is not null)
            {
                data.Add(name, relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_content_is_valid_against_its_schema(string schema, string file)
    {
        var text = File.ReadAllText(Path.Combine(TestBuild.RepoRoot, "content", file));
        var yaml = schema == "model" ? FrontMatter.Split(TextNormalizer.Normalize(text))!.Yaml : text;
        Assert.Empty(SchemaErrors(schema, yaml));
    }

    public static TheoryData<string, string, bool> Snippets => new()
    {
        { "site", "title: \"Mô hình hay\"\norganization: \"Đảng bộ\"\nbase_url: \"https://example.gov.vn/mo-hinh/\"", true },
        { "site", "title: \"Mô hình hay\"\norganization: \"Đảng bộ\"\nbase_url: /mo-hinh/", true },
        { "site", "title: \"Mô hình hay\"\norganization: \"Đảng bộ\"\nbase_url: \"ftp://example.gov.vn/\"", false },
        { "site", "title: \"Mô hình hay\"\nbase_url: /", false },
        { "site", "title: \"\"\norganization: \"Đảng bộ\"", false },
        { "site", "title: \"Mô hình hay\"\norganization: \"Đảng bộ\"\nlogo: x.png", false },
        { "site", "- title: x", false },
        { "units", "- id: van-phong\n  name: \"Chi bộ\"\n  kind: dang-doan-the", true },
        { "units", "- id: van-phong\n  name: \"Chi bộ\"\n  kind: dang-doan-the\n  parent: dang-bo", true },
        { "units", "- id: Van-Phong\n  name: \"Chi bộ\"\n  kind: dang-doan-the", false },
        { "units", "- id: van-phong\n  name: \"Chi bộ\"\n  kind: chi-bo", false },
        { "units", "- id: van-phong\n  kind: dang-doan-the", false },
        { "units", "- van-phong", false },
        { "units", "id: van-phong\nname: \"Chi bộ\"\nkind: dang-doan-the", false },
        { "categories", "- id: an-sinh-xa-hoi\n  name: \"An sinh xã hội\"\n  description: \"Chăm lo đời sống\"", true },
        { "categories", "- id: an sinh\n  name: \"An sinh xã hội\"", false },
        { "categories", "- id: an-sinh\n  name: [a, b]", false },
        { "forms", "- id: bm1\n  number: \"BIỂU MẪU 1\"\n  title: \"THỐNG KÊ\"\n  subtitle: \"(2021-2023)\"", true },
        { "forms", "- id: bm1\n  title: \"THỐNG KÊ\"", false },
        { "model", Front(), true },
        { "model", Front(year: "\"2024\""), true },
        { "model", Front() + "\nimplementer: \"Chi bộ\"\nimplementer_kind: tap-the\nforms: [bm1]\ntags: [\"việc tốt\", 2024]\nnote: \"\"\nfeatured_week: 2024-W21\nawards:\n  - kind: giay-khen\n    by: \"Ban Thường vụ\"\n    date: 2024-05-19\nslug: viec-tot-2\ndraft: false", true },
        { "model", Front() + "\nforms: bm1\ntags: \"một từ\"\ndraft: yes", true },
        { "model", Front() + "\nslug:", true },
        { "model", Front(year: "abc"), false },
        { "model", Front(year: "1999"), false },
        { "model", Front().Replace("unit: van-phong\n", string.Empty, StringComparison.Ordinal), false },
        { "model", Front().Replace("unit: van-phong", "unit: Văn phòng", StringComparison.Ordinal), false },
        { "model", Front() + "\nimplementer_kind: nhom", false },
        { "model", Front() + "\nfeatured_week: 2024-21", false },
        { "model", Front() + "\nawards:\n  - kind: giay-khen\n    by: \"Ban Thường vụ\"\n    date: 19/05/2024", false },
        { "model", Front() + "\nawards:\n  kind: giay-khen", false },
        { "model", Front() + "\nawards:\n  - kind: bang-khen", false },
        { "model", Front() + "\nforms: [\"Biểu mẫu 1\"]", false },
        { "model", Front() + "\ntags: [[a]]", false },
        { "model", Front() + "\ndraft: maybe", false },
        { "model", Front() + "\ntittle: x", false },
        { "model", Front().Replace("summary: \"Chăm lo cho gia đình chính sách.\"", $"summary: \"{new string('a', 601)}\"", StringComparison.Ordinal), false },
        { "model", Front().Replace("summary: \"Chăm lo cho gia đình chính sách.\"", $"summary: \"{new string('a', 600)}\"", StringComparison.Ordinal), true },
        { "model", "title: [x", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems:\n  - \"Trung thành\"\n  - \"Liêm chính\"\ndecision:\n  number: \"12-QĐ/CB\"\n  date: 2024-03-01\n  issuer: \"Chi bộ\"\nsizes: [40x60, 50 × 75]", true },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: \"Trung thành\"", true },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: []", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [a, b, c, d, e, f, g, h, i, j, k, l, m]", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [a]\nsizes: [A4]", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [a]\ndecision: \"12-QĐ\"", false },
        { "standards", "unit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [a]\ndecision:\n  date: 2024-13-01", false },
        { "standards", "- unit: van-phong", false },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Schema_and_loader_give_the_same_verdict(string schema, string yaml, bool valid)
    {
        var (path, text) = schema switch
        {
            "model" => ("models/2024/thu.md", $"---\n{yaml}\n---\n\nCâu chuyện.\n"),
            "standards" => ("standards/thu.yaml", yaml + "\n"),
            _ => ($"{schema}.yaml", yaml + "\n"),
        };
        var loader = LoaderErrors(path, text);
        var schemaErrors = SchemaErrors(schema, yaml);
        Assert.True(valid == (loader.Count == 0), $"loader {(valid ? "rejects" : "accepts")}: {string.Join("; ", loader)}");
        Assert.True(valid == (schemaErrors.Count == 0), $"schema {(valid ? "rejects" : "accepts")}: {string.Join("; ", schemaErrors)}");
    }

    [Fact]
    public void Every_schema_is_draft_07_and_describes_every_field_in_vietnamese()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestBuild.RepoRoot, "schemas"), "*.schema.json"))
        {
            var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(file));
            Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
            var properties = json.SelectTokens("$..properties").SelectMany(p => ((Newtonsoft.Json.Linq.JObject)p).Properties()).ToList();
            Assert.NotEmpty(properties);
            foreach (var property in properties)
            {
                var description = (string?)property.Value["description"];
                Assert.False(string.IsNullOrWhiteSpace(description), $"{Path.GetFileName(file)}: '{property.Name}' has no description");
                Assert.Matches("^(Bắt buộc|Tùy chọn)\\. ", description!);
            }
        }
    }

    private static string Front(string year = "2024") => $"""
        title: "Mỗi tuần làm một việc tốt"
        summary: "Chăm lo cho gia đình chính sách."
        unit: van-phong
        category: an-sinh-xa-hoi
        year: {year}
        """;
}
