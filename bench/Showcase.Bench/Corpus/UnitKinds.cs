namespace Showcase.Bench.Corpus;

/// <summary>The unit kinds of the content format, how often each appears, and the city-level units of each.</summary>
public static class UnitKinds
{
    public const string Commune = "xa-phuong-thi-tran";

    public static readonly IReadOnlyList<(string Kind, int Weight)> Weighted =
    [
        (Commune, 25), ("giao-duc", 20), ("mttq-doan-the", 15), ("co-quan-hanh-chinh", 8), ("y-te", 6),
        ("doanh-nghiep", 6), ("dang-doan-the", 5), ("cong-an", 5), ("quan-su", 4), ("su-nghiep-khac", 4),
        ("noi-chinh-khac", 2),
    ];

    /// <summary>Units of the city itself, used before any per-commune ones of the same kind.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> CityLevel =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Commune] = [],
            ["giao-duc"] = ["Chi bộ Trường THPT Bảo Lộc", "Chi bộ Trường THPT Nguyễn Du", "Chi bộ Trường THPT Lộc Thanh"],
            ["mttq-doan-the"] =
            [
                "Ủy ban MTTQ Việt Nam thành phố Bảo Lộc", "Thành đoàn Bảo Lộc", "Hội Liên hiệp Phụ nữ thành phố",
                "Hội Nông dân thành phố", "Hội Cựu chiến binh thành phố", "Liên đoàn Lao động thành phố",
            ],
            ["co-quan-hanh-chinh"] =
            [
                "Chi bộ Phòng Tư pháp", "Chi bộ Phòng Nội vụ", "Chi bộ Phòng Tài chính - Kế hoạch",
                "Chi bộ Phòng Tài nguyên và Môi trường", "Chi bộ Phòng Quản lý đô thị", "Chi bộ Phòng Kinh tế",
                "Chi bộ Phòng Văn hóa - Thông tin", "Chi bộ Phòng Lao động - Thương binh và Xã hội",
                "Chi bộ Phòng Giáo dục và Đào tạo", "Chi bộ Thanh tra thành phố",
                "Chi bộ Văn phòng HĐND và UBND thành phố", "Chi bộ Kho bạc Nhà nước Bảo Lộc",
            ],
            ["y-te"] = ["Chi bộ Trung tâm Y tế thành phố Bảo Lộc", "Đảng bộ Bệnh viện II Lâm Đồng"],
            ["doanh-nghiep"] = ["Chi bộ Công ty Điện lực Bảo Lộc", "Chi bộ Công ty Cổ phần Cấp thoát nước Bảo Lộc"],
            ["dang-doan-the"] =
            [
                "Chi bộ Văn phòng Thành ủy", "Chi bộ Ban Tổ chức Thành ủy", "Chi bộ Ban Tuyên giáo Thành ủy",
                "Chi bộ Ban Dân vận Thành ủy", "Chi bộ Ủy ban Kiểm tra Thành ủy", "Chi bộ Trung tâm Chính trị thành phố",
            ],
            ["cong-an"] = ["Đảng bộ Công an thành phố Bảo Lộc"],
            ["quan-su"] = ["Đảng bộ Quân sự thành phố Bảo Lộc"],
            ["su-nghiep-khac"] =
            [
                "Chi bộ Trung tâm Văn hóa - Thông tin và Thể thao", "Chi bộ Ban Quản lý dự án đầu tư xây dựng",
                "Chi bộ Trung tâm Dịch vụ nông nghiệp", "Chi bộ Ban Quản lý chợ Bảo Lộc",
            ],
            ["noi-chinh-khac"] =
            [
                "Chi bộ Tòa án nhân dân thành phố", "Chi bộ Viện Kiểm sát nhân dân thành phố",
                "Chi bộ Chi cục Thi hành án dân sự thành phố", "Chi bộ Hạt Kiểm lâm Bảo Lộc",
            ],
        };

    /// <summary>How a unit of the kind is named inside a commune; {0} is "xã Lộc Thanh".</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> InCommune =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["giao-duc"] =
            [
                "Chi bộ Trường Mầm non {1}", "Chi bộ Trường Tiểu học {1}", "Chi bộ Trường THCS {1}",
                "Chi bộ Trường Mầm non {0}", "Chi bộ Trường Tiểu học {0}",
            ],
            ["mttq-doan-the"] =
            [
                "Ủy ban MTTQ Việt Nam {0}", "Đoàn Thanh niên {0}", "Hội Liên hiệp Phụ nữ {0}", "Hội Nông dân {0}",
                "Hội Cựu chiến binh {0}", "Hội Người cao tuổi {0}", "Hội Chữ thập đỏ {0}",
            ],
            ["co-quan-hanh-chinh"] = ["Chi bộ Văn phòng UBND {0}", "Chi bộ Bộ phận một cửa {0}"],
            ["y-te"] = ["Chi bộ Trạm Y tế {0}"],
            ["doanh-nghiep"] = ["Chi bộ {2}"],
            ["dang-doan-the"] = ["Chi bộ cơ quan Đảng ủy {0}"],
            ["cong-an"] = ["Chi bộ Công an {0}"],
            ["quan-su"] = ["Chi bộ Quân sự {0}"],
            ["su-nghiep-khac"] = ["Chi bộ Nhà văn hóa {0}", "Chi bộ Trung tâm học tập cộng đồng {0}"],
            ["noi-chinh-khac"] = ["Chi bộ Ban Tư pháp {0}", "Chi bộ Tổ hòa giải {0}"],
        };
}
