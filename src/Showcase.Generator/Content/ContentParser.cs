using System.Text.RegularExpressions;
using Showcase.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Showcase.Generator.Content;

/// <summary>
/// <see cref="ContentSource"/> → <see cref="ContentSet"/>: parses every file of the format, reporting each problem
/// with its file, line and column. A broken file is reported and skipped; it never stops the others being read.
/// </summary>
public static partial class ContentParser
{
    /// <param name="cache">Hands back the parse of a model file whose text has not changed since the last build; null for none.</param>
    public static ContentSet Parse(ContentSource source, DiagnosticBag diagnostics, Build.BuildCache? cache = null)
    {
        var byPath = source.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var site = ParseSite(byPath, diagnostics);
        var units = ParseList(byPath, "units.yaml", required: true, diagnostics, ParseUnit);
        var categories = ParseList(byPath, "categories.yaml", required: true, diagnostics, ParseCategory);
        var forms = ParseList(byPath, "forms.yaml", required: false, diagnostics, ParseForm);

        var modelFiles = source.Files.Where(f => f.Path.StartsWith("models/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal)).ToArray();
        var models = new ModelRecord?[modelFiles.Length];
        Parallel.For(0, modelFiles.Length, i => models[i] = cache is null ? ModelParser.Parse(modelFiles[i], diagnostics) : cache.ParseModel(modelFiles[i], diagnostics));
        cache?.KeepOnly(modelFiles.Select(f => f.Path).ToList());

        var standards = source.Files
            .Where(f => f.Path.StartsWith("standards/", StringComparison.Ordinal) && IsYaml(f.Path))
            .Select(f => ParseStandards(f, diagnostics))
            .OfType<StandardsRecord>()
            .ToList();

        foreach (var file in source.Files)
        {
            if (!IsKnownFile(file.Path))
            {
                diagnostics.Warning("SG1014", SourceSpan.File(file.Path), "tệp này không thuộc định dạng nội dung và bị bỏ qua. Bài mô hình đặt trong models/, chuẩn mực trong standards/.");
            }
        }

        return new ContentSet(site, units, categories, forms, models.OfType<ModelRecord>().ToList(), standards, source.Media);
    }

    private static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    private static bool IsKnownFile(string path) =>
        path is "site.yaml" or "units.yaml" or "categories.yaml" or "forms.yaml"
        || (path.StartsWith("models/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal))
        || (path.StartsWith("standards/", StringComparison.Ordinal) && IsYaml(path))
        || (!path.Contains('/') && path.EndsWith(".md", StringComparison.Ordinal));

    private static SiteConfig ParseSite(Dictionary<string, SourceFile> files, DiagnosticBag diagnostics)
    {
        var fallback = new SiteConfig("Mô hình hay, cách làm hay", string.Empty, string.Empty, "/", string.Empty);
        if (!files.TryGetValue("site.yaml", out var file))
        {
            diagnostics.Error("SG1013", SourceSpan.File("site.yaml"), "thiếu tệp site.yaml (tên, đơn vị chủ quản, base_url của trang). Hãy tạo tệp này ở thư mục nội dung.");
            return fallback;
        }

        var root = YamlParser.Parse(file.Path, file.Text, 0, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null)
            {
                diagnostics.Error("SG1012", YamlParser.SpanOf(file.Path, root, 0), "site.yaml phải là các trường 'tên: giá trị', mỗi trường một dòng.");
            }

            return fallback;
        }

        var map = new YamlMap(file.Path, mapping, 0, diagnostics);
        map.WarnUnknownKeys(["title", "organization", "publisher", "base_url", "place"]);
        var baseUrl = map.String("base_url", required: false) ?? "/";
        if (!Site.BaseUrl.TryParse(baseUrl, out _))
        {
            diagnostics.Error("SG1003", map.SpanOf("base_url"), $"'base_url' phải là một địa chỉ http(s) đầy đủ hoặc một đường dẫn bắt đầu bằng '/' (đang là \"{baseUrl}\").");
            baseUrl = "/";
        }

        return new SiteConfig(
            map.String("title", required: true) ?? fallback.Title,
            map.String("organization", required: true) ?? string.Empty,
            map.String("publisher", required: false) ?? string.Empty,
            baseUrl,
            map.String("place", required: false) ?? string.Empty);
    }

    private static List<T> ParseList<T>(
        Dictionary<string, SourceFile> files, string name, bool required, DiagnosticBag diagnostics, Func<YamlMap, T?> parseItem)
        where T : class
    {
        var result = new List<T>();
        if (!files.TryGetValue(name, out var file))
        {
            if (required)
            {
                diagnostics.Error("SG1013", SourceSpan.File(name), $"thiếu tệp {name}. Hãy tạo tệp này ở thư mục nội dung (xem định dạng trong README).");
            }

            return result;
        }

        var root = YamlParser.Parse(file.Path, file.Text, 0, diagnostics);
        if (root is null)
        {
            return result;
        }

        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Error("SG1012", YamlParser.SpanOf(file.Path, root, 0), $"{name} phải là một danh sách, mỗi mục bắt đầu bằng '- '.");
            return result;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                if (parseItem(new YamlMap(file.Path, mapping, 0, diagnostics)) is { } parsed)
                {
                    result.Add(parsed);
                }
            }
            else
            {
                diagnostics.Error("SG1012", YamlParser.SpanOf(file.Path, item, 0), $"mỗi mục của {name} phải là một khối các trường (id, name, ...).");
            }
        }

        return result;
    }

    private static UnitRecord? ParseUnit(YamlMap map)
    {
        map.WarnUnknownKeys(["id", "name", "kind", "parent"]);
        var id = map.Id("id", required: true);
        var name = map.String("name", required: true);
        var kind = map.OneOf("kind", ContentVocabulary.UnitKinds, required: true);
        var parent = map.Id("parent", required: false);
        return id is null || name is null || kind is null
            ? null
            : new UnitRecord(id, name, kind, parent, map.SpanOf("id"), map.SpanOf("parent"));
    }

    private static CategoryRecord? ParseCategory(YamlMap map)
    {
        map.WarnUnknownKeys(["id", "name", "description"]);
        var id = map.Id("id", required: true);
        var name = map.String("name", required: true);
        var description = map.String("description", required: false);
        return id is null || name is null ? null : new CategoryRecord(id, name, description, map.SpanOf("id"));
    }

    private static FormRecord? ParseForm(YamlMap map)
    {
        map.WarnUnknownKeys(["id", "number", "title", "subtitle"]);
        var id = map.Id("id", required: true);
        var number = map.String("number", required: true);
        var title = map.String("title", required: true);
        var subtitle = map.String("subtitle", required: false);
        return id is null || number is null || title is null ? null : new FormRecord(id, number, title, subtitle, map.SpanOf("id"));
    }

    private static StandardsRecord? ParseStandards(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlParser.Parse(file.Path, file.Text, 0, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null)
            {
                diagnostics.Error("SG1012", YamlParser.SpanOf(file.Path, root, 0), "tệp chuẩn mực phải là các trường unit, title, items.");
            }
            else
            {
                diagnostics.Error("SG1012", new SourceSpan(file.Path, 1, 1), "tệp chuẩn mực đang trống: cần các trường unit, title, items.");
            }

            return null;
        }

        var map = new YamlMap(file.Path, mapping, 0, diagnostics);
        map.WarnUnknownKeys(ContentVocabulary.StandardsFields);
        var unit = map.Id("unit", required: true);
        var title = map.String("title", required: true);
        var items = map.StringList("items").Select(i => i.Value).ToList();
        if (map.Node("items") is null)
        {
            diagnostics.Error("SG1002", map.Span, "thiếu trường bắt buộc 'items': danh sách từ 1 đến 12 cụm từ ngắn của chuẩn mực.");
        }
        else if (items.Count is 0 or > ContentVocabulary.MaxStandardsItems)
        {
            diagnostics.Error("SG1011", map.SpanOf("items"), $"'items' phải có từ 1 đến {ContentVocabulary.MaxStandardsItems} cụm từ (đang có {items.Count}). Hãy chọn lọc những từ ngữ ngắn gọn, xúc tích.");
        }

        DecisionRecord? decision = null;
        if (map.Map("decision") is { } d)
        {
            d.WarnUnknownKeys(["number", "date", "issuer"]);
            decision = new DecisionRecord(d.String("number", false), d.Date("date"), d.String("issuer", false));
        }

        var sizes = new List<string>();
        foreach (var (value, span) in map.StringList("sizes"))
        {
            var size = value.Replace('×', 'x').Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (ContentVocabulary.PosterSizes.Contains(size))
            {
                sizes.Add(size);
            }
            else
            {
                diagnostics.Error("SG1006", span, $"khổ \"{value}\" không được hỗ trợ; hãy dùng 40x60, 50x75 hoặc 60x90.");
            }
        }

        if (map.Node("sizes") is null)
        {
            sizes.AddRange(ContentVocabulary.PosterSizes);
        }

        if (unit is null || title is null || items.Count is 0 or > ContentVocabulary.MaxStandardsItems)
        {
            return null;
        }

        return new StandardsRecord
        {
            SourcePath = file.Path,
            Unit = new Reference(unit, map.SpanOf("unit")),
            Title = title,
            Items = items,
            Decision = decision,
            Sizes = ContentVocabulary.PosterSizes.Where(sizes.Contains).ToList(),
        };
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    internal static partial Regex IsoWeekPattern();
}
