using System.Globalization;
using Showcase.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Showcase.Generator.Content;

/// <summary>One Markdown file under models/ → <see cref="ModelRecord"/>, or diagnostics and null.</summary>
public static class ModelParser
{
    public static ModelRecord? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Split(file.Text);
        if (split is null)
        {
            diagnostics.Error("SG1008", new SourceSpan(file.Path, 1, 1), "bài mô hình phải mở đầu bằng khối thông tin giữa hai dòng '---' (title, summary, unit, category, year), rồi mới đến nội dung.");
            return null;
        }

        var root = YamlParser.Parse(file.Path, split.Yaml, 1, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is null && split.Yaml.Trim().Length == 0)
            {
                diagnostics.Error("SG1008", new SourceSpan(file.Path, 1, 1), "khối thông tin giữa hai dòng '---' đang trống: cần title, summary, unit, category, year.");
            }
            else if (root is not null)
            {
                diagnostics.Error("SG1012", YamlParser.SpanOf(file.Path, root, 1), "khối thông tin phải là các trường 'tên: giá trị', mỗi trường một dòng.");
            }

            return null;
        }

        var map = new YamlMap(file.Path, mapping, 1, diagnostics);
        map.WarnUnknownKeys(ContentVocabulary.ModelFields);

        var title = map.String("title", required: true);
        var summary = map.String("summary", required: true, maxLength: ContentVocabulary.SummaryMaxLength);
        var unit = map.Id("unit", required: true);
        var category = map.Id("category", required: true);
        var year = map.Int("year", required: true, 2000, 2100, "một năm");
        var implementer = map.String("implementer", required: false);
        var implementerKind = map.OneOf("implementer_kind", ContentVocabulary.ImplementerKinds) ?? "don-vi";
        var note = map.String("note", required: false);
        var draft = map.Bool("draft", defaultValue: false);
        var week = ParseWeek(map, diagnostics);
        var image = map.String("image", required: false) is { } img ? new Reference(img, map.SpanOf("image")) : null;

        var forms = new List<Reference>();
        foreach (var (value, span) in map.StringList("forms"))
        {
            if (YamlMap.IsSlug(value))
            {
                forms.Add(new Reference(value, span));
            }
            else
            {
                diagnostics.Error("SG1004", span, $"mã biểu mẫu \"{value}\" không hợp lệ: dùng id trong forms.yaml.");
            }
        }

        var awards = new List<AwardRecord>();
        foreach (var award in map.MapList("awards"))
        {
            award.WarnUnknownKeys(["kind", "by", "date"]);
            var kind = award.OneOf("kind", ContentVocabulary.AwardKinds, required: true);
            var by = award.String("by", required: true);
            var date = award.Date("date");
            if (kind is not null && by is not null)
            {
                awards.Add(new AwardRecord(kind, by, date));
            }
        }

        var fileSlug = Path.GetFileNameWithoutExtension(file.Path);
        string? slug;
        SourceSpan slugSpan;
        if (!map.IsBlank("slug"))
        {
            slug = map.Id("slug", required: false);
            slugSpan = map.SpanOf("slug");
        }
        else
        {
            slug = fileSlug;
            slugSpan = new SourceSpan(file.Path, 1, 1);
            if (!YamlMap.IsSlug(slug))
            {
                diagnostics.Error("SG1004", slugSpan, $"tên tệp \"{fileSlug}.md\" không dùng được làm đường dẫn: hãy đổi tên tệp thành \"{Slugifier.Slugify(fileSlug)}.md\" hoặc thêm trường 'slug'.");
                slug = null;
            }
        }

        if (title is null || summary is null || unit is null || category is null || year is null || slug is null)
        {
            return null;
        }

        return new ModelRecord
        {
            SourcePath = file.Path,
            Slug = slug,
            SlugSpan = slugSpan,
            Title = title,
            Summary = summary,
            SummarySpan = map.SpanOf("summary"),
            Unit = new Reference(unit, map.SpanOf("unit")),
            Category = new Reference(category, map.SpanOf("category")),
            Year = year.Value,
            Implementer = implementer,
            ImplementerKind = implementerKind,
            Forms = forms,
            Tags = map.StringList("tags").Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList(),
            Note = note,
            Image = image,
            FeaturedWeek = week,
            FeaturedWeekSpan = map.SpanOf("featured_week"),
            Awards = awards,
            Draft = draft,
            Body = split.Body,
            BodyLine = split.BodyLine,
        };
    }

    private static string? ParseWeek(YamlMap map, DiagnosticBag diagnostics)
    {
        var value = map.String("featured_week", required: false);
        if (value is null)
        {
            return null;
        }

        var match = ContentParser.IsoWeekPattern().Match(value);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var week = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (year is >= 2000 and <= 2100 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
            {
                return value;
            }
        }

        diagnostics.Error("SG1009", map.SpanOf("featured_week"), $"'featured_week' phải là một tuần ISO dạng NĂM-WSỐ_TUẦN, ví dụ 2024-W21 (đang là \"{value}\").");
        return null;
    }
}
