using AngleSharp.Html.Parser;
using Showcase.Generator.Forms;

namespace Showcase.Generator.Tests.Forms;

/// <summary>A form lists each published record once, in its unit's group, with the five cells of the 2024 letter.</summary>
public sealed class FormTableBuilderTests
{
    public static TheoryData<string> FormIds() => [.. FormsContent.Forms.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Every_published_record_on_a_form_is_listed_once_in_its_units_group_with_its_five_cells(string formId)
    {
        var table = FormTableBuilder.SiteWide(GeneratedSite.Site, GeneratedSite.Form(formId));
        var actual = table.Groups.SelectMany(g => g.Rows.Select(r => (g.Unit.Id, Cells: string.Join(" | ", r.Cells)))).ToList();
        var expected = GeneratedSite.Facts.FormRows(formId).Select(r => (r.UnitId, Cells: string.Join(" | ", r.Cells))).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.Equal(GeneratedSite.Content.Published.Count(m => m.Forms.Contains(formId)), table.RowCount);
    }

    [Fact]
    public void Drafts_are_on_no_form()
    {
        var drafts = GeneratedSite.Content.Models.Where(m => m.Draft && m.Forms.Count > 0).Select(m => m.Title).ToHashSet();
        Assert.NotEmpty(drafts);
        foreach (var table in FormTableBuilder.Build(GeneratedSite.Site))
        {
            Assert.DoesNotContain(table.Rows, r => drafts.Contains(r.Title));
        }
    }

    [Fact]
    public void Rows_are_numbered_from_one_in_each_unit_and_units_from_I()
    {
        var table = FormTableBuilder.SiteWide(GeneratedSite.Site, GeneratedSite.Form("bm1-thu"));
        Assert.Equal(Enumerable.Range(1, table.Groups.Count).Select(RomanNumeral.Of), table.Groups.Select(g => g.Numeral));
        foreach (var group in table.Groups)
        {
            Assert.Equal(Enumerable.Range(1, group.Rows.Count), group.Rows.Select(r => r.Number));
        }
    }

    [Fact]
    public void The_unit_tables_add_up_to_the_site_wide_table()
    {
        foreach (var form in GeneratedSite.Site.Forms)
        {
            var siteWide = FormTableBuilder.SiteWide(GeneratedSite.Site, form).Rows.Select(r => r.Cells);
            var units = GeneratedSite.Site.Units.SelectMany(u => FormTableBuilder.ForUnit(GeneratedSite.Site, form, u).Rows).Select(r => r.Cells);
            Assert.Equal(siteWide, units);
        }
    }

    [Fact]
    public void A_unit_with_nothing_on_a_form_still_gets_its_form_with_an_empty_table_and_a_note()
    {
        var missing = GeneratedSite.Facts.MissingFrom("bm2-thu");
        Assert.True(missing.Count >= 2);
        foreach (var unit in missing)
        {
            var table = FormTableBuilder.ForUnit(GeneratedSite.Site, GeneratedSite.Form("bm2-thu"), GeneratedSite.Unit(unit.Id));
            Assert.Equal(0, table.RowCount);
            var html = GeneratedSite.Result.Html($"bieu-mau/bm2-thu/{unit.Id}/index.html");
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("tr.form-row"));
            Assert.Equal(table.EmptyNote, document.QuerySelector("tr.empty-row td")!.TextContent);
            Assert.Equal(5, document.QuerySelectorAll("thead th").Length);
        }
    }

    [Fact]
    public void The_header_block_reads_like_the_letter()
    {
        var form = GeneratedSite.Form("bm1-thu");
        var unit = GeneratedSite.Unit("dv-01");
        var document = new HtmlParser().ParseDocument(GeneratedSite.Result.Html("bieu-mau/bm1-thu/dv-01/index.html"));
        Assert.Equal("ĐẢNG BỘ THÀNH PHỐ BẢO LỘC", document.QuerySelector(".form-org")!.TextContent);
        Assert.Equal(unit.Name.ToUpper(new System.Globalization.CultureInfo("vi-VN")), document.QuerySelector(".form-unit")!.TextContent);
        Assert.Equal("*", document.QuerySelector(".form-star")!.TextContent);
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", document.QuerySelector(".form-party")!.TextContent);
        Assert.Equal("Bảo Lộc, ngày ..... tháng ..... năm .....", document.QuerySelector(".form-dated")!.TextContent);
        Assert.Equal(form.Number, document.QuerySelector(".form-number")!.TextContent);
        Assert.Equal(form.Title, document.QuerySelector(".form-title")!.TextContent);
        Assert.Equal(form.Subtitle, document.QuerySelector(".form-subtitle")!.TextContent);
        Assert.Equal(FormTable.Columns, document.QuerySelectorAll("thead th").Select(th => th.TextContent));

        var siteWide = new HtmlParser().ParseDocument(GeneratedSite.Result.Html("bieu-mau/bm1-thu/index.html"));
        Assert.Equal("BAN TUYÊN GIÁO THÀNH ỦY BẢO LỘC", siteWide.QuerySelector(".form-unit")!.TextContent);
    }

    [Fact]
    public void A_form_nobody_is_on_yet_shows_an_empty_table_csv_and_workbook()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, """
            -- forms.yaml --
            - id: bm1
              number: "BIỂU MẪU 1"
              title: "THỐNG KÊ CÁC MÔ HÌNH"
            - id: bm3
              number: "BIỂU MẪU 3"
              title: "GIỚI THIỆU TẬP THỂ, CÁ NHÂN"
            """);
        var document = new HtmlParser().ParseDocument(result.Html("bieu-mau/bm3/index.html"));
        Assert.Empty(document.QuerySelectorAll("tr.form-row"));
        Assert.Equal("Chưa có đơn vị nào có mô hình, cách làm hay trên biểu mẫu này.", document.QuerySelector("tr.empty-row td")!.TextContent);
        var csv = result.Plan!.Files.Single(f => f.Path == "bieu-mau/bm3.csv").Content;
        Assert.Equal("\uFEFFĐơn vị,Số thứ tự,Tên mô hình/ cách làm hay,Nội dung,Tập thể/ cá nhân/ đơn vị thực hiện,Ghi chú\r\n", System.Text.Encoding.UTF8.GetString(csv));
        Assert.Contains(result.Plan.Files, f => f.Path == "bieu-mau/bm3.xlsx");
        var stats = new HtmlParser().ParseDocument(result.Html("thong-ke/index.html"));
        Assert.Equal(["Chi bộ Văn phòng Thành ủy", "Đảng bộ Phường 1"], stats.QuerySelectorAll("#chua-co-bm3 .missing-list > li > a:first-child").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1994, "MCMXCIV")]
    public void Roman_numerals(int number, string expected) => Assert.Equal(expected, RomanNumeral.Of(number));
}
