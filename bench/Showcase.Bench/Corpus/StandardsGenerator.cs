using System.Globalization;
using System.Text;
using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>Makes standards/&lt;unit&gt;.yaml: a unit's code of conduct, 3 to 9 short phrases.</summary>
public sealed class StandardsGenerator(SplitMix64 rng)
{
    private static readonly IReadOnlyList<string> Phrases =
    [
        "Trung thành, trách nhiệm", "Liêm chính, tận tụy", "Gương mẫu, sáng tạo", "Đoàn kết, kỷ cương",
        "Trung thực, khách quan", "Tận tâm, tận lực", "Gần dân, trọng dân", "Cần, kiệm, liêm, chính",
        "Chí công vô tư", "Lắng nghe, chia sẻ", "Thân thiện, văn minh", "Đổi mới, hiệu quả", "Yêu nghề, mến trẻ",
        "Lương y như từ mẫu", "Vì nước quên thân, vì dân phục vụ", "Kỷ luật, nghiêm minh", "Học tập suốt đời",
        "Nói đi đôi với làm", "Tự giác, nêu gương", "Khiêm tốn, giản dị", "Tôn trọng, lễ phép với nhân dân",
        "Nói không với tiêu cực", "Chủ động, sáng tạo, dám nghĩ, dám làm",
    ];

    private static readonly IReadOnlyList<string> Titles =
    [
        "Chuẩn mực đạo đức cán bộ, đảng viên", "Chuẩn mực đạo đức cán bộ, công chức, viên chức",
        "Chuẩn mực đạo đức của người cán bộ, đảng viên", "Chuẩn mực đạo đức nhà giáo", "Chuẩn mực đạo đức cán bộ, chiến sĩ",
    ];

    private static readonly IReadOnlyList<string> Sizes = ["40x60", "50x75", "60x90"];

    public IEnumerable<GeneratedFile> Generate(IReadOnlyList<Unit> units, int count)
    {
        var order = Enumerable.Range(0, units.Count).ToArray();
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        foreach (var index in order.Take(count).Order())
        {
            var unit = units[index];
            yield return new GeneratedFile($"standards/{unit.Id}.yaml", Encoding.UTF8.GetBytes(Standards(unit)));
        }
    }

    private string Standards(Unit unit)
    {
        var sb = new StringBuilder(512);
        sb.Field("unit", unit.Id, quote: false);
        sb.Field("title", rng.Pick(Titles));
        sb.Append("items:\n");
        var items = new List<string>();
        int count = rng.Between(3, 9);
        while (items.Count < count)
        {
            var item = rng.Pick(Phrases);
            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }
        foreach (var item in items)
        {
            sb.Append("  - ").Append(Yaml.Quote(item)).Append('\n');
        }
        if (rng.Chance(0.7))
        {
            var date = new DateOnly(2024, rng.Between(1, 6), rng.Between(1, 28));
            sb.Append("decision:\n");
            sb.Append("  number: ").Append(Yaml.Quote($"{rng.Between(1, 120)}-QĐ/{(unit.Name.StartsWith("Đảng bộ", StringComparison.Ordinal) ? "ĐU" : "CB")}")).Append('\n');
            sb.Append("  date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("  issuer: ").Append(Yaml.Quote(unit.Name)).Append('\n');
        }
        if (rng.Chance(0.3))
        {
            var sizes = Sizes.Where(_ => rng.Chance(0.6)).ToList();
            sb.Field("sizes", Yaml.List(sizes.Count > 0 ? sizes : [Sizes[1]], quote: false), quote: false);
        }
        return sb.ToString();
    }
}
