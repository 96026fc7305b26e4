using System.Text;
using Showcase.Generator.Search;

namespace Showcase.Generator.Tests.Search;

/// <summary>Deterministic pseudo-random Vietnamese documents for the search tests.</summary>
public static class TestCorpus
{
    public static readonly string[] Words =
    [
        "mô hình", "cách làm", "hay", "hiệu quả", "học tập", "làm theo", "tư tưởng", "đạo đức", "phong cách",
        "Hồ Chí Minh", "Bác Hồ", "an sinh", "xã hội", "nông thôn", "mới", "đô thị", "văn minh", "cải cách",
        "hành chính", "phục vụ", "nhân dân", "môi trường", "giáo dục", "bà con", "có đạo", "an toàn", "giao thông",
        "mỗi tuần", "làm một", "việc tốt", "chi bộ", "đảng viên", "đoàn viên", "thanh niên", "phụ nữ", "cựu chiến binh",
        "Mặt trận", "Tổ quốc", "phường", "xã", "Lộc Phát", "Lộc Sơn", "Đại Lào", "Bảo Lộc", "heo đất", "tiết kiệm",
        "học sinh", "nghèo", "hiếu học", "khám bệnh", "miễn phí", "tuyến đường", "hoa", "sáng", "xanh", "sạch",
        "đẹp", "dân vận", "khéo", "tiếp dân", "thủ tục", "một cửa", "trực tuyến", "căn cước", "người già", "yếu",
        "thư viện", "tủ sách", "lời Bác", "nhà", "nhân ái", "mái ấm", "đồng đội", "quỹ", "tương trợ", "công nhân",
        "chè", "cà phê", "dâu tằm", "tơ lụa", "Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Ưng", "Ơn", "ước mơ", "ướt",
        "2021", "2022", "2023", "2024", "5 biết", "3 không", "4-không", "x2", "40×60", "(tự", "nguyện)", "“dân", "biết”",
        "co\u0301 đa\u0323o", "Nghi\u0323 quyê\u0301t", "sáng-tạo", "ĐẢNG", "ỦY", "nhà-nhà", "…", "—", "-", "🌿", "v.v.",
    ];

    public static readonly LunrField[] Fields =
    [
        new("title", 10), new("summary", 3), new("tags", 5), new("unit", 2), new("category", 2),
        new("implementer", 2), new("body", 1), new("note", 0),
    ];

    public static IReadOnlyList<LunrDocument> Documents(int count, int seed)
    {
        var random = new SplitMix(seed);
        var documents = new List<LunrDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var texts = new string?[Fields.Length];
            for (var f = 0; f < Fields.Length; f++)
            {
                var length = Fields[f].Name switch
                {
                    "title" => 2 + random.Next(6),
                    "summary" => 5 + random.Next(20),
                    "body" => random.Next(120),
                    _ => 1 + random.Next(4),
                };
                texts[f] = random.Next(7) == 0 ? null : random.Next(25) == 0 ? "" : Text(random, length);
            }

            var boost = random.Next(10) switch { 0 => 2, 1 => 0.5, 2 => 0, 3 => 1.7, _ => 1 };
            documents.Add(new LunrDocument(Ref(i), texts, boost));
        }

        return documents;
    }

    public static readonly string[] Categories = ["an-sinh-xa-hoi", "nong-thon-moi", "cai-cach-hanh-chinh", "moi-truong-giao-duc", "ton-giao-giao-thong"];

    public static readonly string[] UnitKinds = ["xa-phuong-thi-tran", "co-quan-hanh-chinh", "giao-duc", "y-te", "cong-an", "mttq-doan-the"];

    /// <summary>Site-like documents, in a shuffled order, with facets; URLs are unique.</summary>
    public static IReadOnlyList<SearchDocument> SearchDocuments(int count, int seed)
    {
        var random = new SplitMix(seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var category = Categories[random.Next(Categories.Length)];
            var unit = random.Next(60);
            var forms = Enumerable.Range(0, 3).Where(_ => random.Next(3) == 0).Select(f => $"bm{f + 1}").ToArray();
            var facets = new SearchFacets(category, $"don-vi-{unit}", UnitKinds[unit % UnitKinds.Length], 2015 + random.Next(10), forms);
            documents.Add(new SearchDocument(
                Url: $"mo-hinh/m{(i * 7919) % count:D5}/",
                Kind: "mo-hinh",
                Title: Text(random, 2 + random.Next(6)),
                Summary: Text(random, 5 + random.Next(20)),
                Tags: Text(random, random.Next(4)),
                UnitName: $"Chi bộ {Words[unit % Words.Length]} {unit}",
                CategoryName: "Lĩnh vực " + category.Replace('-', ' '),
                Implementer: random.Next(3) == 0 ? "" : Text(random, 2 + random.Next(3)),
                Body: Text(random, random.Next(60)) + " " + Syllables(random, random.Next(90)),
                Facets: facets));
        }

        return documents;
    }

    // Refs mix array-index-like names ("7", "10") with others, which JavaScript orders differently.
    private static string Ref(int i) => (i % 4) switch
    {
        0 => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "d" + i,
        2 => "0" + i,
        _ => "m-" + i + ".x",
    };

    private static string Text(SplitMix random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                text.Append(random.Next(12) == 0 ? ", " : random.Next(30) == 0 ? "\n" : " ");
            }

            var word = Words[random.Next(Words.Length)];
            text.Append(random.Next(15) == 0 ? word.ToUpperInvariant() : word);
        }

        return text.ToString();
    }

    private static readonly string[] Onsets = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];

    private static readonly string[] Rhymes = ["a", "ai", "an", "ang", "anh", "ao", "ăn", "âm", "ân", "e", "em", "ê", "i", "iên", "inh", "o", "oa", "oan", "ô", "ôi", "ơ", "ơn", "u", "uân", "ư", "ươc", "ương", "y"];

    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

    // Made-up syllables (thousands of distinct terms), tones as combining marks, half of them composed to NFC.
    private static string Syllables(SplitMix random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var syllable = Onsets[random.Next(Onsets.Length)] + Rhymes[random.Next(Rhymes.Length)] + Tones[random.Next(Tones.Length)];
            text.Append(i > 0 ? " " : "").Append(random.Next(2) == 0 ? syllable.Normalize(NormalizationForm.FormC) : syllable);
            if (random.Next(3) == 0)
            {
                text.Append(Onsets[random.Next(Onsets.Length)]).Append(Rhymes[random.Next(Rhymes.Length)]);
            }
        }

        return text.ToString();
    }

    /// <summary>A small deterministic generator (SplitMix64), the same on every runtime.</summary>
    public sealed class SplitMix(int seed)
    {
        private ulong state = (ulong)seed;

        public int Next(int bound)
        {
            state += 0x9E3779B97F4A7C15;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
