using System.Globalization;
using System.Text;

namespace Showcase.Tests.Shared;

/// <summary>
/// A generated content tree for the forms and statistics tests, and the facts it was generated from, so a test can
/// count what a page should show without asking the generator. Deterministic: no randomness, the same tree every
/// time. Some values are hostile on purpose: commas, quotes, line breaks, and text that a spreadsheet would run as
/// a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> at the start).
/// </summary>
public sealed class FormsContent
{
    public sealed record SpecUnit(string Id, string Name, string Kind);

    public sealed record SpecAward(string Kind, string By);

    public sealed record SpecModel(
        string Slug, string Title, string Summary, string UnitId, string Category, int Year, string? Implementer, string? Note,
        IReadOnlyList<string> Forms, bool Draft, IReadOnlyList<SpecAward> Awards);

    public static readonly string[] Kinds = ["xa-phuong-thi-tran", "giao-duc", "y-te", "cong-an", "mttq-doan-the", "doanh-nghiep"];

    public static readonly (string Id, string Name)[] Categories =
        [("an-sinh-xa-hoi", "An sinh xã hội"), ("cai-cach-hanh-chinh", "Cải cách hành chính và phục vụ nhân dân"), ("moi-truong-giao-duc", "Môi trường giáo dục")];

    public static readonly (string Id, string Number, string Title, string Subtitle)[] Forms =
        [("bm1-thu", "BIỂU MẪU 1", "THỐNG KÊ CÁC MÔ HÌNH, CÁCH LÀM HAY", "(giai đoạn 2021-2023)"), ("bm2-thu", "BIỂU MẪU 2", "ĐĂNG KÝ MÔ HÌNH, CÁCH LÀM HAY NĂM 2024", "")];

    private static readonly string[] UnitNames =
        ["Đảng bộ phường Lộc Phát", "Chi bộ Trường THPT Bảo Lộc", "Đảng bộ xã Đại Lào", "Ủy ban MTTQ Việt Nam thành phố", "Chi bộ Trung tâm Y tế",
         "Đảng ủy Công an thành phố", "Ban Chỉ huy Quân sự", "Hội Liên hiệp Phụ nữ", "Chi bộ Công ty Chè Lộc Tiến", "Đảng bộ Phường 1",
         "Đảng bộ Phường 2", "Âu Lạc Hội", "Ấp Bắc chi bộ", "Bệnh viện Đa khoa"];

    private FormsContent(IReadOnlyList<SpecUnit> units, IReadOnlyList<SpecModel> models, string text)
    {
        Units = units;
        Models = models;
        Text = text;
    }

    public IReadOnlyList<SpecUnit> Units { get; }

    /// <summary>Every model file, drafts included.</summary>
    public IReadOnlyList<SpecModel> Models { get; }

    public IEnumerable<SpecModel> Published => Models.Where(m => !m.Draft);

    /// <summary>The tree as <c>-- path --</c> sections (see <see cref="MiniSite"/>).</summary>
    public string Text { get; }

    public SpecUnit Unit(string id) => Units.Single(u => u.Id == id);

    /// <param name="unitCount">Units; the last two never get a model, so every form has units missing.</param>
    /// <param name="modelCount">Models; every eleventh (from the sixth) is a draft.</param>
    /// <param name="longSummaries">Make summaries a few hundred characters, so rows are tall and a form spans pages; each title
    /// starts with TÊNnnn and each summary with ĐẦUnnn and ends with CUỐInnn (nnn the model's number).</param>
    public static FormsContent Generate(int unitCount = 14, int modelCount = 120, bool longSummaries = false)
    {
        var units = Enumerable.Range(0, unitCount)
            .Select(i => new SpecUnit($"dv-{i + 1:00}", UnitNames[i % UnitNames.Length] + (i >= UnitNames.Length ? $" {i + 1}" : string.Empty), Kinds[i % Kinds.Length]))
            .ToList();
        var models = Enumerable.Range(0, modelCount).Select(i => Model(i, units, longSummaries)).ToList();

        var text = new StringBuilder();
        text.Append("-- site.yaml --\n")
            .Append("title: \"Mô hình hay thử nghiệm\"\norganization: \"Đảng bộ thành phố Bảo Lộc\"\npublisher: \"Ban Tuyên giáo Thành ủy Bảo Lộc\"\n")
            .Append("base_url: \"https://example.gov.vn/mo-hinh/\"\nplace: \"Bảo Lộc\"\n");
        text.Append("-- units.yaml --\n");
        foreach (var u in units)
        {
            text.Append($"- id: {u.Id}\n  name: {Q(u.Name)}\n  kind: {u.Kind}\n");
        }

        text.Append("-- categories.yaml --\n");
        foreach (var (id, name) in Categories)
        {
            text.Append($"- id: {id}\n  name: {Q(name)}\n");
        }

        text.Append("-- forms.yaml --\n");
        foreach (var (id, number, title, subtitle) in Forms)
        {
            text.Append($"- id: {id}\n  number: {Q(number)}\n  title: {Q(title)}\n");
            if (subtitle.Length > 0)
            {
                text.Append($"  subtitle: {Q(subtitle)}\n");
            }
        }

        foreach (var m in models)
        {
            text.Append($"-- models/{m.Year}/{m.Slug}.md --\n---\n")
                .Append($"title: {Q(m.Title)}\nsummary: {Q(m.Summary)}\nunit: {m.UnitId}\ncategory: {m.Category}\nyear: {m.Year}\n");
            if (m.Implementer is { } who)
            {
                text.Append($"implementer: {Q(who)}\n");
            }

            if (m.Note is { } note)
            {
                text.Append($"note: {Q(note)}\n");
            }

            if (m.Forms.Count > 0)
            {
                text.Append($"forms: [{string.Join(", ", m.Forms)}]\n");
            }

            if (m.Awards.Count > 0)
            {
                text.Append("awards:\n");
                foreach (var a in m.Awards)
                {
                    text.Append($"  - kind: {a.Kind}\n    by: {Q(a.By)}\n    date: {m.Year}-05-19\n");
                }
            }

            if (m.Draft)
            {
                text.Append("draft: true\n");
            }

            text.Append("---\n\nCâu chuyện của mô hình.\n");
        }

        return new FormsContent(units, models, text.ToString());
    }

    private static SpecModel Model(int i, IReadOnlyList<SpecUnit> units, bool longSummaries)
    {
        var n = i + 1;
        var unit = units[(i * 7) % Math.Max(1, units.Count - 2)];
        var title = (i % 9) switch
        {
            0 => $"Mô hình số {n:000}, \"Mỗi tuần một việc tốt\"",
            1 => $"=HYPERLINK(\"http://x\";\"Mô hình số {n:000}\")",
            3 => $"@Mô hình số {n:000} dòng một",
            _ => $"Mô hình số {n:000} về {Categories[i % 3].Name.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}",
        };
        var summary = (i % 5) switch
        {
            0 => $"Nội dung {n}: dòng thứ nhất, có dấu phẩy.\nDòng thứ hai có \"ngoặc kép\".",
            1 => $"+84 {n} cán bộ tham gia; -10% chi phí",
            _ => $"Nội dung của mô hình số {n}: vận động cán bộ, đảng viên tham gia, hỗ trợ hộ khó khăn.",
        };
        if (longSummaries)
        {
            // Markers a printed page can be searched for: a row cut across two pages shows its start and end apart.
            title = $"TÊN{n:000} {title}";
            summary = $"ĐẦU{n:000} {summary} {string.Join(' ', Enumerable.Repeat("Cán bộ, đảng viên gương mẫu đi đầu, nhân dân đồng tình hưởng ứng.", 3 + (i % 4)))} CUỐI{n:000}";
        }

        var forms = (i % 3) switch { 0 => new[] { "bm1-thu", "bm2-thu" }, 1 => ["bm1-thu"], _ => [] };
        var awards = (i % 4) switch
        {
            0 => new[] { new SpecAward("giay-khen", "Ban Thường vụ Thành ủy") },
            1 when i % 8 == 1 => [new SpecAward("bang-khen", "UBND tỉnh"), new SpecAward("thu-khen", "Chủ tịch UBND thành phố")],
            _ => [],
        };
        return new SpecModel(
            Slug: $"mo-hinh-{n:000}",
            Title: title,
            Summary: summary,
            UnitId: unit.Id,
            Category: Categories[i % 3].Id,
            Year: 2020 + (i % 5),
            Implementer: (i % 6) switch { 0 => "-Tổ công tác \"đặc biệt\", phường", 3 => "Đồng chí Nguyễn Văn A", _ => null },
            Note: (i % 7) switch { 0 => "=1+1", 2 => "Ghi chú, có dấu phẩy\nvà xuống dòng", 4 => "-Đã nhân rộng ra 3 tổ dân phố", _ => null },
            Forms: forms,
            Draft: i % 11 == 5,
            Awards: awards);
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
