using System.Globalization;
using System.Text;

namespace Showcase.Generator.Content;

/// <summary>
/// The text of a new content file (<c>showcase new</c>): every field of the format, each with a Vietnamese comment
/// saying what it is and whether it is required; optional fields commented out. What the editor must still write
/// (the summary, the story, the items) is left empty so that <c>showcase check</c> points at it.
/// </summary>
public static class ContentScaffold
{
    public static string Model(string title, UnitRecord unit, CategoryRecord category, int year, IReadOnlyList<FormRecord> forms)
    {
        var formIds = forms.Count > 0 ? string.Join(", ", forms.Select(f => f.Id)) : "chưa có biểu mẫu nào trong forms.yaml";
        var slug = Slugifier.Slugify(title);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# Mô hình mới, tạo bằng lệnh showcase new model. Dòng bắt đầu bằng # là ghi chú, không hiện trên trang.\n");
        text.Append("# Điền 'summary', viết câu chuyện sau dòng --- cuối, bỏ dấu # ở các trường tùy chọn cần dùng, rồi chạy: showcase check\n");
        text.Append('\n');
        text.Append("# Bắt buộc. Tên mô hình/ cách làm hay (cột \"Tên mô hình/ cách làm hay\" của biểu mẫu).\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"# Bắt buộc. Nội dung tóm tắt, từ {ContentVocabulary.SummaryMinLength} đến {ContentVocabulary.SummaryMaxLength} ký tự: làm gì, cho ai, kết quả ra sao (cột \"Nội dung\").\n");
        text.Append("summary: \"\"\n");
        text.Append("# Bắt buộc. Mã đơn vị trong units.yaml: ").Append(unit.Name).Append('\n');
        text.Append("unit: ").Append(unit.Id).Append('\n');
        text.Append("# Bắt buộc. Mã lĩnh vực trong categories.yaml: ").Append(category.Name).Append('\n');
        text.Append("category: ").Append(category.Id).Append('\n');
        text.Append("# Bắt buộc. Năm bắt đầu thực hiện hoặc đăng ký, từ 2000 đến 2100.\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {year}\n");
        text.Append("# Tùy chọn. Tập thể/ cá nhân/ đơn vị thực hiện; mặc định là tên đơn vị.\n");
        text.Append("# implementer: ").Append(Quote(unit.Name)).Append('\n');
        text.Append("# Tùy chọn. tap-the (tập thể) | ca-nhan (cá nhân) | don-vi (đơn vị, mặc định).\n");
        text.Append("# implementer_kind: tap-the\n");
        text.Append("# Tùy chọn. Các biểu mẫu báo cáo ghi mô hình này, mã trong forms.yaml: ").Append(formIds).Append('\n');
        text.Append("# forms: [").Append(forms.Count > 0 ? forms[0].Id : "ma-bieu-mau").Append("]\n");
        text.Append("# Tùy chọn. Từ khóa giúp tìm kiếm.\n");
        text.Append("# tags: [\"việc tốt\", \"học sinh\"]\n");
        text.Append("# Tùy chọn. Ghi chú (cột \"Ghi chú\" của biểu mẫu).\n");
        text.Append("# note: \"\"\n");
        text.Append("# Tùy chọn. Ảnh minh họa: đặt tệp ảnh trong thư mục media/ rồi ghi đường dẫn.\n");
        text.Append("# image: media/").Append(slug).Append(".jpg\n");
        text.Append("# Tùy chọn. Tuần ISO mô hình là \"câu chuyện của tuần\" trên trang chủ, dạng NĂM-WSỐ_TUẦN; mỗi tuần một mô hình.\n");
        text.Append(CultureInfo.InvariantCulture, $"# featured_week: {year}-W01\n");
        text.Append("# Tùy chọn. Khen thưởng; kind: thu-khen (thư khen) | giay-khen (giấy khen) | bang-khen (bằng khen); date: NĂM-THÁNG-NGÀY.\n");
        text.Append("# awards:\n");
        text.Append("#   - kind: giay-khen\n");
        text.Append("#     by: \"Ban Thường vụ Thành ủy\"\n");
        text.Append(CultureInfo.InvariantCulture, $"#     date: {year}-05-19\n");
        text.Append("# Tùy chọn. Đường dẫn trang /mo-hinh/<slug>/: chữ thường không dấu, số, gạch ngang; mặc định là tên tệp.\n");
        text.Append("# slug: ").Append(slug).Append('\n');
        text.Append("# Tùy chọn. true: bản nháp, được kiểm tra nhưng chưa đăng lên trang.\n");
        text.Append("draft: false\n");
        text.Append("---\n");
        text.Append('\n');
        return text.ToString();
    }

    public static string Standards(UnitRecord unit)
    {
        var text = new StringBuilder();
        text.Append("# Chuẩn mực đạo đức của ").Append(unit.Name).Append(", tạo bằng lệnh showcase new standards.\n");
        text.Append("# Nội dung này được in lên áp phích khổ 40x60, 50x75, 60x90 cm. Dòng bắt đầu bằng # là ghi chú.\n");
        text.Append("# Điền 'items', bỏ dấu # ở các trường tùy chọn cần dùng, rồi chạy: showcase check\n");
        text.Append('\n');
        text.Append("# Bắt buộc. Mã đơn vị trong units.yaml.\n");
        text.Append("unit: ").Append(unit.Id).Append('\n');
        text.Append("# Bắt buộc. Tiêu đề của áp phích.\n");
        text.Append("title: \"Chuẩn mực đạo đức cán bộ, đảng viên\"\n");
        text.Append(CultureInfo.InvariantCulture, $"# Bắt buộc. Từ 1 đến {ContentVocabulary.MaxStandardsItems} cụm từ ngắn gọn, xúc tích, mỗi cụm một dòng bắt đầu bằng '- ', ví dụ:\n");
        text.Append("#   - \"Trung thành, trách nhiệm\"\n");
        text.Append("#   - \"Liêm chính, tận tụy\"\n");
        text.Append("items: []\n");
        text.Append("# Tùy chọn. Quyết định ban hành chuẩn mực; date dạng NĂM-THÁNG-NGÀY.\n");
        text.Append("# decision:\n");
        text.Append("#   number: \"12-QĐ/CB\"\n");
        text.Append("#   date: 2024-03-01\n");
        text.Append("#   issuer: ").Append(Quote(unit.Name)).Append('\n');
        text.Append("# Tùy chọn. Các khổ áp phích được in (cm); mặc định cả ba.\n");
        text.Append("# sizes: [40x60, 50x75, 60x90]\n");
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
