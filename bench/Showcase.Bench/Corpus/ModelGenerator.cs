using System.Globalization;
using System.Text;
using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>
/// Makes models/&lt;year&gt;/&lt;slug&gt;.md one at a time: a unit (some have many models, some none),
/// a field that suits its kind, a year, a title from the field's names, front matter with the
/// optional fields in realistic proportions, and a 300–1500 word story.
/// </summary>
public sealed class ModelGenerator(CorpusSpec spec, IReadOnlyList<Unit> units, IReadOnlyList<string> images, SplitMix64 rng)
{
    private static readonly IReadOnlyList<string> TitleTies =
    [
        "xây dựng Đảng", "phong trào thi đua yêu nước", "chuyển đổi số", "nhiệm vụ chính trị của đơn vị",
        "phong trào “Mỗi tuần làm một việc tốt”", "cuộc vận động “Ngày vì người nghèo”",
    ];

    private static readonly IReadOnlyList<(string Kind, string By)> AwardGivers =
    [
        ("giay-khen", "Ban Thường vụ Thành ủy"), ("giay-khen", "Ủy ban nhân dân thành phố"),
        ("thu-khen", "Thường trực Thành ủy"), ("thu-khen", "Ban Tuyên giáo Thành ủy"),
        ("bang-khen", "Ủy ban nhân dân tỉnh Lâm Đồng"), ("bang-khen", "Ban Thường vụ Tỉnh ủy Lâm Đồng"),
    ];

    private readonly UniqueNames _slugs = new();
    private readonly HashSet<string> _weeks = new(StringComparer.Ordinal);
    private readonly List<(string Title, string Slug)> _published = [];
    private readonly BodyWriter _bodies = new(rng.Fork(1));
    private readonly int _featured = Math.Min(spec.Models / 15, 180);

    public IEnumerable<GeneratedFile> Generate()
    {
        for (int i = 0; i < spec.Models; i++)
        {
            yield return Model(i);
        }
    }

    private GeneratedFile Model(int index)
    {
        var unit = PickUnit();
        var bank = PickCategory(unit);
        int year = rng.Next(10) switch { < 2 => 2021, < 4 => 2022, < 6 => 2023, _ => 2024 };
        var name = rng.Pick(bank.ModelNames);
        var title = Title(name, year);
        var slug = ClaimSlug(name, title, unit);
        bool draft = rng.Chance(0.01);
        var place = unit.Place ?? $"thành phố {Places.City}";
        var fill = new SlotFiller(rng, bank, unit.Name, name, year, place);

        var fm = new StringBuilder(1024).Append("---\n");
        fm.Field("title", title);
        fm.Field("summary", fill.Fill(rng.Pick(Prose.Summaries)));
        fm.Field("unit", unit.Id, quote: false);
        fm.Field("category", bank.Id, quote: false);
        fm.Field("year", year);
        Implementer(fm, fill, unit);
        var forms = Forms(year, out bool proposed);
        if (forms.Count > 0)
        {
            fm.Field("forms", Yaml.List(forms, quote: false), quote: false);
        }
        Tags(fm, bank);
        if (rng.Chance(0.2))
        {
            fm.Field("note", fill.Fill(rng.Pick(Prose.Notes)));
        }
        if (rng.Chance(0.05))
        {
            fm.Field("image", rng.Pick(images), quote: false);
        }
        FeaturedWeek(fm, year, draft);
        Awards(fm, year, proposed || rng.Chance(0.1));
        bool namedFile = rng.Chance(0.1);
        if (namedFile || rng.Chance(0.05))
        {
            fm.Field("slug", slug, quote: false);
        }
        if (draft || rng.Chance(0.03))
        {
            fm.Append("draft: ").Append(draft ? "true" : "false").Append('\n');
        }
        fm.Append("---\n\n");

        int words = 285 + (int)(1000 * Math.Pow(rng.Next(1_000_000) / 1_000_000.0, 1.7));
        fm.Append(_bodies.Write(fill, words, _published));
        if (!draft)
        {
            _published.Add((rng.Chance(0.5) ? $"mô hình “{name}”" : title, slug));
        }

        var file = namedFile ? $"mh-{index.ToString("D5", CultureInfo.InvariantCulture)}" : slug;
        var text = fm.ToString();
        if (rng.Chance(0.02))
        {
            text = text.Normalize(NormalizationForm.FormD); // some editors' systems save NFD
        }
        return new GeneratedFile($"models/{year}/{file}.md", Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Skewed: the first units (the city's own) and a few others carry most models.</summary>
    private Unit PickUnit() => units[(int)(units.Count * Math.Pow(rng.Next(1_000_000) / 1_000_000.0, 1.6))];

    private CategoryBank PickCategory(Unit unit)
    {
        if (rng.Chance(0.35))
        {
            return rng.Pick(Categories.All);
        }
        var id = unit.Kind switch
        {
            "giao-duc" => "moi-truong-giao-duc",
            "co-quan-hanh-chinh" or "noi-chinh-khac" or "dang-doan-the" => "cai-cach-hanh-chinh",
            UnitKinds.Commune => "nong-thon-moi-do-thi-van-minh",
            "cong-an" or "quan-su" => "ton-giao-an-toan-giao-thong",
            _ => "an-sinh-xa-hoi",
        };
        return Categories.All.First(c => c.Id == id);
    }

    private string Title(string name, int year) => rng.Next(20) switch
    {
        < 8 => $"Mô hình “{name}”",
        < 13 => name,
        < 16 => $"{name} gắn với {rng.Pick(TitleTies)}",
        < 18 => $"Cách làm “{name}”",
        _ => $"“{name}” năm {year}",
    };

    /// <summary>The folded name; if taken, with the unit's id; if that is taken too, numbered.</summary>
    private string ClaimSlug(string name, string title, Unit unit)
    {
        var baseSlug = Slug.Fold(title.StartsWith("Mô hình ", StringComparison.Ordinal) ? name : title, 60);
        return _slugs.Claim(_slugs.Contains(baseSlug) ? $"{baseSlug}-{unit.Id}" : baseSlug);
    }

    private void Implementer(StringBuilder fm, SlotFiller fill, Unit unit)
    {
        switch (rng.Next(20))
        {
            case < 3:
                fm.Field("implementer", $"Đồng chí {fill.Person()}");
                fm.Field("implementer_kind", "ca-nhan", quote: false);
                break;
            case < 6:
                fm.Field("implementer", $"Tập thể {unit.Name}");
                fm.Field("implementer_kind", "tap-the", quote: false);
                break;
            case < 7:
                fm.Field("implementer", unit.Name);
                fm.Field("implementer_kind", "don-vi", quote: false);
                break;
        }
    }

    private List<string> Forms(int year, out bool proposed)
    {
        var forms = new List<string>(2);
        proposed = false;
        if (year <= 2023)
        {
            if (rng.Chance(0.85))
            {
                forms.Add("bm1-2021-2023");
            }
            if (rng.Chance(0.15))
            {
                forms.Add("bm3-2024");
                proposed = true;
            }
        }
        else if (rng.Chance(0.85))
        {
            forms.Add("bm2-2024");
        }
        return forms;
    }

    private void Tags(StringBuilder fm, CategoryBank bank)
    {
        int count = rng.Next(5);
        if (count == 0)
        {
            return;
        }
        var tags = new List<string>(count);
        for (int i = 0; i < count * 2 && tags.Count < count; i++)
        {
            var tag = rng.Pick(bank.Tags);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        fm.Field("tags", Yaml.List(tags, quote: true), quote: false);
    }

    /// <summary>Unique ISO weeks, in the model's year or later, for a few published models.</summary>
    private void FeaturedWeek(StringBuilder fm, int year, bool draft)
    {
        if (draft || _weeks.Count >= _featured || !rng.Chance(0.08))
        {
            return;
        }
        for (int attempt = 0; attempt < 8; attempt++)
        {
            var week = $"{rng.Between(year, CorpusSpec.LastYear)}-W{rng.Between(1, 52):D2}";
            if (_weeks.Add(week))
            {
                fm.Field("featured_week", week, quote: false);
                return;
            }
        }
    }

    private void Awards(StringBuilder fm, int year, bool awarded)
    {
        if (!awarded)
        {
            return;
        }
        fm.Append("awards:\n");
        int count = rng.Between(1, 2);
        for (int i = 0; i < count; i++)
        {
            var (kind, by) = rng.Pick(AwardGivers);
            var date = rng.Chance(0.6)
                ? new DateOnly(Math.Min(year + i + 1, CorpusSpec.LastYear), 5, 19)
                : new DateOnly(Math.Min(year + i, CorpusSpec.LastYear), rng.Between(1, 12), rng.Between(1, 28));
            fm.Append("  - kind: ").Append(kind).Append('\n');
            fm.Append("    by: ").Append(Yaml.Quote(by)).Append('\n');
            fm.Append("    date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
