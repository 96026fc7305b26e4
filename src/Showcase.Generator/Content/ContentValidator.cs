using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Content;

/// <summary>
/// Checks what no single file can: ids and slugs unique, every reference (unit, parent, category, form, image)
/// resolved, no cycle of parents. Pure: needs no disk, clock or logger.
/// </summary>
public static class ContentValidator
{
    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        var units = UniqueIds(content.Units, u => u.Id, u => u.Span, "đơn vị", diagnostics);
        var categories = UniqueIds(content.Categories, c => c.Id, c => c.Span, "lĩnh vực", diagnostics);
        var forms = UniqueIds(content.Forms, f => f.Id, f => f.Span, "biểu mẫu", diagnostics);
        var media = content.Media.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

        foreach (var unit in content.Units)
        {
            if (unit.Parent is { } parent && !units.Contains(parent))
            {
                diagnostics.Error("SG2004", unit.ParentSpan, UnknownMessage("parent", parent, "đơn vị", "units.yaml", units));
            }
        }

        CheckParentCycles(content.Units, diagnostics);

        var slugs = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        foreach (var model in content.Models.OrderBy(m => m.SourcePath, StringComparer.Ordinal))
        {
            if (!slugs.TryAdd(model.Slug, model))
            {
                diagnostics.Error("SG1005", model.SlugSpan, $"đường dẫn (slug) \"{model.Slug}\" đã được dùng cho {slugs[model.Slug].SourcePath}; hãy đổi tên tệp hoặc đặt trường 'slug' khác.");
            }

            Check(model.Unit, units, "unit", "đơn vị", "units.yaml", diagnostics);
            Check(model.Category, categories, "category", "lĩnh vực", "categories.yaml", diagnostics);
            foreach (var form in model.Forms)
            {
                Check(form, forms, "forms", "biểu mẫu", "forms.yaml", diagnostics);
            }

            if (model.Image is { } image)
            {
                CheckImage(image, media, diagnostics);
            }

            if (!model.Draft)
            {
                CheckStory(model, diagnostics);
            }
        }

        WarnUnitsWithoutModels(content, diagnostics);

        var weeks = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        foreach (var model in content.Models.Where(m => !m.Draft && m.FeaturedWeek is not null).OrderBy(m => m.SourcePath, StringComparer.Ordinal))
        {
            if (!weeks.TryAdd(model.FeaturedWeek!, model))
            {
                diagnostics.Warning("SG2008", model.FeaturedWeekSpan, $"tuần {model.FeaturedWeek} đã là tuần của mô hình {weeks[model.FeaturedWeek!].SourcePath}; trang chủ chỉ hiện một câu chuyện mỗi tuần.");
            }
        }

        var standardsUnits = new Dictionary<string, StandardsRecord>(StringComparer.Ordinal);
        foreach (var standards in content.Standards)
        {
            Check(standards.Unit, units, "unit", "đơn vị", "units.yaml", diagnostics);
            if (!standardsUnits.TryAdd(standards.Unit.Id, standards))
            {
                diagnostics.Error("SG2007", standards.Unit.Span, $"đơn vị \"{standards.Unit.Id}\" đã có chuẩn mực trong {standardsUnits[standards.Unit.Id].SourcePath}; mỗi đơn vị một tệp.");
            }
        }
    }

    /// <summary>Warns about a published model that readers would find thin: no story, or a summary of a few words.</summary>
    private static void CheckStory(ModelRecord model, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(model.Body))
        {
            diagnostics.Warning("SG1015", new SourceSpan(model.SourcePath, model.BodyLine - 1, 1), "bài mô hình chưa có câu chuyện: hãy viết nội dung (hoàn cảnh, cách làm, kết quả) sau dòng '---' này.");
        }

        if (model.Summary.Length < ContentVocabulary.SummaryMinLength)
        {
            diagnostics.Warning(
                "SG1016",
                model.SummarySpan,
                $"'summary' chỉ có {model.Summary.Length} ký tự, ngắn hơn nhiều so với thường lệ (từ {ContentVocabulary.SummaryMinLength} ký tự): biểu mẫu và danh sách chỉ hiện phần này, hãy nêu rõ làm gì, cho ai, kết quả ra sao.");
        }
    }

    /// <summary>Warns about a unit that no published model names, unless it is a parent whose children carry the models.</summary>
    private static void WarnUnitsWithoutModels(ContentSet content, DiagnosticBag diagnostics)
    {
        var withModels = content.Models.Where(m => !m.Draft).Select(m => m.Unit.Id).ToHashSet(StringComparer.Ordinal);
        var parents = content.Units.Select(u => u.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var unit in content.Units)
        {
            if (!withModels.Contains(unit.Id) && !parents.Contains(unit.Id))
            {
                diagnostics.Warning("SG2010", unit.Span, $"đơn vị \"{unit.Id}\" chưa có mô hình nào: trang đơn vị sẽ trống. Thêm mô hình bằng: showcase new model \"Tên mô hình\" --unit {unit.Id} --category ...");
            }
        }
    }

    /// <summary>True when a path written in content stays inside the content folder: relative, no '..', no backslash.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && !path.Contains('\\')
        && !path.Contains(':')
        && !path.Split('/').Any(segment => segment is "" or "." or "..");

    private static void CheckImage(Reference image, HashSet<string> media, DiagnosticBag diagnostics)
    {
        if (!IsSafeRelativePath(image.Id))
        {
            diagnostics.Error("SG2005", image.Span, $"'image' phải là một đường dẫn bên trong thư mục nội dung, ví dụ media/anh.jpg (đang là \"{image.Id}\").");
        }
        else if (!media.Contains(image.Id))
        {
            diagnostics.Error("SG2005", image.Span, $"không tìm thấy ảnh \"{image.Id}\". Hãy đặt ảnh trong thư mục media/ và ghi đúng tên tệp (phân biệt chữ hoa, chữ thường).");
        }
    }

    private static void Check(Reference reference, HashSet<string> known, string field, string what, string file, DiagnosticBag diagnostics)
    {
        if (!known.Contains(reference.Id))
        {
            diagnostics.Error("SG2001", reference.Span, UnknownMessage(field, reference.Id, what, file, known));
        }
    }

    private static string UnknownMessage(string field, string id, string what, string file, HashSet<string> known)
    {
        var hint = EditDistance.Nearest(id, known) is { } nearest ? $" Có phải ý bạn là \"{nearest}\"?" : string.Empty;
        return $"'{field}' trỏ tới {what} \"{id}\" không có trong {file}.{hint} Hãy sửa id hoặc thêm {what} đó vào {file}.";
    }

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, SourceSpan> span, string what, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(id(item), span(item)))
            {
                diagnostics.Error("SG1005", span(item), $"id {what} \"{id(item)}\" bị trùng với dòng {seen[id(item)].Line}; mỗi id phải là duy nhất.");
            }
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckParentCycles(IReadOnlyList<UnitRecord> units, DiagnosticBag diagnostics)
    {
        var parents = new Dictionary<string, UnitRecord>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            parents.TryAdd(unit.Id, unit);
        }

        foreach (var unit in units)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Id };
            var current = unit;
            while (current.Parent is { } parent && parents.TryGetValue(parent, out var next))
            {
                if (!seen.Add(next.Id))
                {
                    if (next.Id == unit.Id)
                    {
                        diagnostics.Error("SG2004", unit.ParentSpan, $"đơn vị \"{unit.Id}\" nằm trong một vòng đơn vị cha ({string.Join(" → ", seen)} → {unit.Id}); hãy sửa 'parent'.");
                    }

                    break;
                }

                current = next;
            }
        }
    }
}
