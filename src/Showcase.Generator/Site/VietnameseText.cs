using System.Globalization;

namespace Showcase.Generator.Site;

/// <summary>Vietnamese names of the format's codes, and dates as Vietnamese documents write them.</summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Compares names in Vietnamese alphabetical order, then ordinally so the order is total.</summary>
    public static readonly IComparer<string> Collation = Comparer<string>.Create((a, b) =>
    {
        var c = string.Compare(a, b, Culture, CompareOptions.None);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    });

    public static string UnitKind(string kind) => kind switch
    {
        "xa-phuong-thi-tran" => "Đảng bộ xã, phường, thị trấn",
        "co-quan-hanh-chinh" => "Cơ quan hành chính",
        "giao-duc" => "Giáo dục",
        "y-te" => "Y tế",
        "su-nghiep-khac" => "Đơn vị sự nghiệp khác",
        "doanh-nghiep" => "Doanh nghiệp",
        "dang-doan-the" => "Khối Đảng, đoàn thể",
        "cong-an" => "Công an",
        "quan-su" => "Quân sự",
        "noi-chinh-khac" => "Khối nội chính khác",
        "mttq-doan-the" => "Mặt trận Tổ quốc và các đoàn thể",
        _ => kind,
    };

    public static string ImplementerKind(string kind) => kind switch
    {
        "tap-the" => "Tập thể",
        "ca-nhan" => "Cá nhân",
        _ => "Đơn vị",
    };

    public static string AwardKind(string kind) => kind switch
    {
        "thu-khen" => "Thư khen",
        "giay-khen" => "Giấy khen",
        "bang-khen" => "Bằng khen",
        _ => kind,
    };

    /// <summary>"19/05/2024".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 19 tháng 02 năm 2024", as in official letters.</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    /// <summary>"2024-W21" → "tuần 21 năm 2024".</summary>
    public static string Week(string isoWeek) =>
        $"tuần {isoWeek[6..].TrimStart('0')} năm {isoWeek[..4]}";
}
