using System.Text;
using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>site.yaml, units.yaml, categories.yaml and forms.yaml.</summary>
public static class SiteFiles
{
    public static IEnumerable<GeneratedFile> Generate(IReadOnlyList<Unit> units)
    {
        yield return File("site.yaml", new StringBuilder()
            .Field("title", "Mô hình hay, cách làm hiệu quả trong học tập và làm theo Bác")
            .Field("organization", "Đảng bộ thành phố Bảo Lộc")
            .Field("publisher", "Ban Tuyên giáo Thành ủy Bảo Lộc")
            .Field("base_url", "https://example.gov.vn/mo-hinh/")
            .Field("place", Places.City));

        var sb = new StringBuilder(units.Count * 120);
        foreach (var unit in units)
        {
            sb.Append("- id: ").Append(unit.Id).Append('\n');
            sb.Append("  name: ").Append(Yaml.Quote(unit.Name)).Append('\n');
            sb.Append("  kind: ").Append(unit.Kind).Append('\n');
            if (unit.Parent is { } parent)
            {
                sb.Append("  parent: ").Append(parent).Append('\n');
            }
        }
        yield return File("units.yaml", sb);

        sb = new StringBuilder();
        foreach (var category in Categories.All)
        {
            sb.Append("- id: ").Append(category.Id).Append('\n');
            sb.Append("  name: ").Append(Yaml.Quote(category.Name)).Append('\n');
            sb.Append("  description: ").Append(Yaml.Quote(category.Description)).Append('\n');
        }
        yield return File("categories.yaml", sb);

        const string Heading = "CÁC MÔ HÌNH, CÁCH LÀM HAY, SÁNG TẠO, HIỆU QUẢ TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH";
        yield return File("forms.yaml", new StringBuilder()
            .Append("- id: bm1-2021-2023\n").Append("  number: \"BIỂU MẪU 1\"\n")
            .Append("  title: ").Append(Yaml.Quote("THỐNG KÊ " + Heading)).Append('\n')
            .Append("  subtitle: \"(giai đoạn 2021-2023)\"\n")
            .Append("- id: bm2-2024\n").Append("  number: \"BIỂU MẪU 2\"\n")
            .Append("  title: ").Append(Yaml.Quote("ĐĂNG KÝ " + Heading + " NĂM 2024")).Append('\n')
            .Append("- id: bm3-2024\n").Append("  number: \"BIỂU MẪU 3\"\n")
            .Append("  title: ").Append(Yaml.Quote("GIỚI THIỆU TẬP THỂ, CÁ NHÂN, ĐƠN VỊ CÓ MÔ HÌNH, CÁCH LÀM HAY, SÁNG TẠO, HIỆU QUẢ TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH GIAI ĐOẠN 2021-2023")).Append('\n')
            .Append("  subtitle: \"(để khen thưởng dịp sơ kết 03 năm thực hiện Kết luận 01-KL/TW năm 2024)\"\n"));
    }

    private static GeneratedFile File(string path, StringBuilder text) => new(path, Encoding.UTF8.GetBytes(text.ToString()));
}
