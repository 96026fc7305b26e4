namespace Showcase.Bench.Text;

/// <summary>Names of places, people and organizations in and around Bảo Lộc; real-sounding, combined without end.</summary>
public static class Places
{
    public const string City = "Bảo Lộc";

    /// <summary>The city's wards and communes first, then made-up ones in the same style.</summary>
    public static readonly IReadOnlyList<(string Kind, string Name)> Known =
    [
        ("phường", "1"), ("phường", "2"), ("phường", "B'Lao"), ("phường", "Lộc Phát"), ("phường", "Lộc Tiến"),
        ("phường", "Lộc Sơn"), ("xã", "Đại Lào"), ("xã", "Đam Bri"), ("xã", "Lộc Thanh"), ("xã", "Lộc Nga"),
        ("xã", "Lộc Châu"), ("xã", "Lộc An"),
    ];

    public static readonly IReadOnlyList<string> Prefixes = ["Lộc", "Đạ", "Tân", "Hòa", "Phú", "Đại", "Gia", "Tà"];

    public static readonly IReadOnlyList<string> Suffixes =
    [
        "Bắc", "Nam", "Đông", "Tây", "Quảng", "Đức", "Ngãi", "Lâm", "Thành", "Hưng", "Thắng", "Trung", "Hòa", "Minh",
        "Điền", "Phước", "Hải", "Khánh", "Lợi", "Bình", "Xuân", "Thịnh", "Tiến", "An", "Nghĩa", "Thuận", "Phong", "Mỹ",
    ];

    public static readonly IReadOnlyList<string> FamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "K'", "Ka",
    ];

    public static readonly IReadOnlyList<string> MiddleNames = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc", "Hữu", "Thu", "Đức", "Kim"];

    public static readonly IReadOnlyList<string> GivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiền", "Hoa", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Tuấn", "Vân", "Yến", "Điểu", "Brẻ",
    ];

    public static readonly IReadOnlyList<string> SchoolNames =
    [
        "Nguyễn Du", "Lê Lợi", "Trần Phú", "Quang Trung", "Lý Tự Trọng", "Nguyễn Trãi", "Chu Văn An", "Lê Quý Đôn",
        "Nguyễn Bỉnh Khiêm", "Hùng Vương", "Kim Đồng", "Võ Thị Sáu", "Bế Văn Đàn", "Phan Chu Trinh", "Lê Hồng Phong",
        "Đoàn Thị Điểm", "Trần Quốc Toản", "Nguyễn Văn Trỗi", "Lam Sơn", "Bạch Đằng", "Hoa Sen", "Họa Mi", "Sơn Ca",
        "Tuổi Thơ", "Vành Khuyên", "Hoa Hồng", "Măng Non", "Nguyễn Khuyến", "Lương Thế Vinh", "Ngô Quyền",
    ];

    public static readonly IReadOnlyList<string> CompanyNames =
    [
        "Thiên Phúc", "An Khang", "Hưng Thịnh", "Cao Nguyên", "Lâm Viên", "Đồng Tiến", "Hoàng Long", "Phương Nam",
        "Đại Phát", "Bảo Tín", "Minh Long", "Tân Tiến", "Phú Quý", "Trường Sơn", "Hòa Bình", "Kim Ngân",
    ];

    public static readonly IReadOnlyList<string> CompanyTrades =
    [
        "Chè", "Tơ lụa", "Cà phê", "Sầu riêng", "Dâu tằm", "Xây dựng", "Vận tải", "Gạch ngói", "Nông sản", "Dược liệu",
    ];

    public static readonly IReadOnlyList<string> CompanyForms = ["Công ty Cổ phần", "Công ty TNHH", "Hợp tác xã"];
}
