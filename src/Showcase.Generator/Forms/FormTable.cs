using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// A reporting form filled in: for the whole site (<see cref="Unit"/> null, a group per unit that has rows) or for
/// one unit (one group, possibly empty). Everything the printable page, the CSV and the workbook show.
/// </summary>
public sealed class FormTable
{
    /// <summary>The fixed columns of the 2024 letter's forms.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Số thứ tự", "Tên mô hình/ cách làm hay", "Nội dung", "Tập thể/ cá nhân/ đơn vị thực hiện", "Ghi chú"];

    /// <summary>The extra first column of the site-wide CSV, so its rows can be grouped by unit.</summary>
    public const string UnitColumn = "Đơn vị";

    public required Form Form { get; init; }

    /// <summary>The unit the form is filled in for; null for the site-wide table.</summary>
    public Unit? Unit { get; init; }

    public required IReadOnlyList<FormGroup> Groups { get; init; }

    /// <summary>Upper-case line at the top left: "ĐẢNG BỘ THÀNH PHỐ BẢO LỘC".</summary>
    public required string OrganizationLine { get; init; }

    /// <summary>Upper-case line under it, in bold: the unit, or the board that compiles the site-wide table.</summary>
    public required string IssuerLine { get; init; }

    /// <summary>"Bảo Lộc, ngày ..... tháng ..... năm ....." left blank to be filled in when signed, as on the form.</summary>
    public required string DatedLine { get; init; }

    public required string Url { get; init; }
    public required string CsvPath { get; init; }
    public required string XlsxPath { get; init; }
    public required string Link { get; init; }
    public required string CsvLink { get; init; }
    public required string XlsxLink { get; init; }

    /// <summary>The site-wide table's link (the page itself when it is the site-wide table).</summary>
    public required string SiteWideLink { get; init; }

    public bool IsUnit => Unit is not null;
    public IReadOnlyList<string> Headers => Columns;
    public int RowCount => Groups.Sum(g => g.Rows.Count);
    public int UnitCount => Groups.Count(g => g.Rows.Count > 0);
    public IEnumerable<FormRow> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>What the empty table says in its one row.</summary>
    public string EmptyNote => IsUnit
        ? "Đơn vị chưa có mô hình, cách làm hay nào trên biểu mẫu này."
        : "Chưa có đơn vị nào có mô hình, cách làm hay trên biểu mẫu này.";

    /// <summary>The page title: "BIỂU MẪU 1 (giai đoạn 2021-2023): Chi bộ …".</summary>
    public string PageTitle =>
        $"{Form.Number}{(Form.Subtitle is { Length: > 0 } s ? " " + s : string.Empty)}" + (Unit is { } u ? $": {u.Name}" : ": tổng hợp các đơn vị");
}
