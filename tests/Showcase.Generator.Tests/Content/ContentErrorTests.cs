using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Tests.Content;

/// <summary>Each kind of content mistake is reported at its file, line and column, in Vietnamese, with what to do.</summary>
public sealed class ContentErrorTests
{
    private static string Model(string frontMatter, string body = "Câu chuyện.") => $"""
        -- models/2024/thu.md --
        ---
        {frontMatter}
        ---

        {body}
        """;

    private const string Good = """
        title: "Thử"
        summary: "Một mô hình để thử nghiệm các lỗi của nội dung."
        unit: van-phong
        category: an-sinh-xa-hoi
        """;

    [Fact]
    public void Year_that_is_not_a_number_points_at_the_value()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: abc"));
        var d = result.Single("SG1003");
        Assert.Equal("models/2024/thu.md:6:7: lỗi SG1003: 'year' phải là một năm từ 2000 đến 2100 (đang là \"abc\").", d.ToString());
    }

    [Fact]
    public void Year_out_of_range_is_an_error()
    {
        var d = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 1999")).Single("SG1003");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 6, 7), d.Span);
    }

    [Fact]
    public void Missing_required_field_is_reported_at_the_front_matter()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good));
        var d = result.Single("SG1002");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 2, 1), d.Span);
        Assert.Contains("'year'", d.Message);
        Assert.Contains("year: ...", d.Message);
    }

    [Fact]
    public void Yaml_syntax_error_in_front_matter_counts_lines_from_the_file_start()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model("title: \"Thử\nsummary: [x"));
        var d = result.Single("SG1001");
        Assert.Equal("models/2024/thu.md", d.Span.Path);
        Assert.InRange(d.Span.Line, 2, 4);
        Assert.StartsWith("YAML không hợp lệ", d.Message);
    }

    [Fact]
    public void A_file_without_front_matter_says_how_to_start_it()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- models/2024/thu.md --\n# Chỉ có nội dung\n").Single("SG1008");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 1, 1), d.Span);
        Assert.Contains("---", d.Message);
    }

    [Fact]
    public void Unknown_unit_suggests_the_nearest_id()
    {
        var d = TestBuild.Check(MiniSite.Minimal, Model(Good.Replace("unit: van-phong", "unit: van-phongg") + "\nyear: 2024")).Single("SG2001");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 4, 7), d.Span);
        Assert.Contains("\"van-phongg\"", d.Message);
        Assert.Contains("Có phải ý bạn là \"van-phong\"?", d.Message);
    }

    [Fact]
    public void Unknown_category_and_form_are_reported_where_written()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good.Replace("an-sinh-xa-hoi", "khong-co") + "\nyear: 2024\nforms: [bm1, bm9]"));
        Assert.Equal(
            ["models/2024/thu.md:5:11", "models/2024/thu.md:7:14"],
            result.Diagnostics.Where(d => d.Code == "SG2001").Select(d => d.Span.ToString()).ToArray());
    }

    [Fact]
    public void Invalid_id_shows_the_folded_form()
    {
        var d = TestBuild.Check(MiniSite.Minimal, """
            -- units.yaml --
            - id: Văn Phòng
              name: "Chi bộ"
              kind: dang-doan-the
            """).Diagnostics.First(d => d.Code == "SG1004");
        Assert.Equal(new SourceSpan("units.yaml", 1, 7), d.Span);
        Assert.Contains("\"van-phong\"", d.Message);
    }

    [Fact]
    public void Duplicate_unit_id_names_the_first_line()
    {
        var d = TestBuild.Check(MiniSite.Minimal, """
            -- units.yaml --
            - id: van-phong
              name: "A"
              kind: dang-doan-the
            - id: van-phong
              name: "B"
              kind: dang-doan-the
            """).Single("SG1005");
        Assert.Equal(new SourceSpan("units.yaml", 4, 7), d.Span);
        Assert.Contains("dòng 1", d.Message);
    }

    [Fact]
    public void Duplicate_slug_names_the_other_file()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024\nslug: viec-tot"));
        var d = result.Single("SG1005");
        Assert.Equal(new SourceSpan("models/2024/viec-tot.md", 1, 1), d.Span);
        Assert.Contains("models/2024/thu.md", d.Message);
    }

    [Fact]
    public void Unknown_kind_lists_the_allowed_values()
    {
        var d = TestBuild.Check(MiniSite.Minimal, """
            -- units.yaml --
            - id: van-phong
              name: "Chi bộ"
              kind: dang-bo
            """).Single("SG1006");
        Assert.Equal(new SourceSpan("units.yaml", 3, 9), d.Span);
        Assert.Contains("mttq-doan-the", d.Message);
    }

    [Fact]
    public void Summary_over_600_characters_is_an_error()
    {
        var d = TestBuild.Check(MiniSite.Minimal, Model(Good.Replace("Một mô hình để thử nghiệm các lỗi của nội dung.", new string('a', 601)) + "\nyear: 2024")).Single("SG1007");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 3, 10), d.Span);
        Assert.Contains("601", d.Message);
    }

    [Fact]
    public void Bad_dates_and_weeks_show_the_expected_form()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024\nfeatured_week: 2024-21\nawards:\n  - kind: giay-khen\n    by: \"Ban Thường vụ\"\n    date: 19/05/2024"));
        Assert.Equal(
            ["models/2024/thu.md:7:16: lỗi SG1009", "models/2024/thu.md:11:11: lỗi SG1009"],
            result.Diagnostics.Where(d => d.Code == "SG1009").Select(d => $"{d.Span}: {d.SeverityWord} {d.Code}").ToArray());
    }

    [Fact]
    public void Misspelt_field_is_a_warning_with_a_suggestion()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024\ntittle: x"));
        var d = result.Single("SG1010");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceSpan("models/2024/thu.md", 7, 1), d.Span);
        Assert.Contains("'title'", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.IsError);
    }

    [Fact]
    public void Standards_need_one_to_twelve_items()
    {
        var items = string.Join("\n", Enumerable.Range(1, 13).Select(i => $"  - \"Mục {i}\""));
        var d = TestBuild.Check(MiniSite.Minimal, $"-- standards/van-phong.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\nitems:\n{items}\n").Single("SG1011");
        Assert.Equal(new SourceSpan("standards/van-phong.yaml", 4, 3), d.Span);
        Assert.Contains("13", d.Message);
    }

    [Fact]
    public void Unsupported_poster_size_is_an_error()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- standards/van-phong.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [\"Trung thành\"]\nsizes: [40x60, A4]\n").Single("SG1006");
        Assert.Equal(new SourceSpan("standards/van-phong.yaml", 4, 16), d.Span);
    }

    [Fact]
    public void A_list_file_that_is_not_a_list_says_so()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- categories.yaml --\nid: a\nname: b\n").Single("SG1012");
        Assert.Equal(new SourceSpan("categories.yaml", 1, 1), d.Span);
    }

    [Fact]
    public void Missing_site_file_is_reported()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- site.yaml --\n(xóa)").Single("SG1013");
        Assert.Equal("site.yaml", d.Span.Path);
    }

    [Fact]
    public void Unknown_parent_and_parent_cycles_are_errors()
    {
        var result = TestBuild.Check(MiniSite.Minimal, """
            -- units.yaml --
            - id: van-phong
              name: "A"
              kind: dang-doan-the
              parent: phuong-1
            - id: phuong-1
              name: "B"
              kind: xa-phuong-thi-tran
              parent: van-phong
            - id: phuong-2
              name: "C"
              kind: xa-phuong-thi-tran
              parent: phuong-9
            """);
        var lines = result.Diagnostics.Where(d => d.Code == "SG2004").Select(d => d.Span.ToString()).ToArray();
        Assert.Equal(["units.yaml:4:11", "units.yaml:8:11", "units.yaml:12:11"], lines);
    }

    [Fact]
    public void Image_outside_the_content_folder_or_missing_is_an_error()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024\nimage: ../../etc/passwd"), "-- models/2024/b.md --\n---\ntitle: b\nsummary: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nunit: van-phong\ncategory: an-sinh-xa-hoi\nyear: 2024\nimage: media/khong-co.jpg\n---\nx\n");
        Assert.Equal(
            ["models/2024/b.md:7:8", "models/2024/thu.md:7:8"],
            result.Diagnostics.Where(d => d.Code == "SG2005").Select(d => d.Span.ToString()).ToArray());
    }

    [Fact]
    public void Story_links_and_images_outside_the_content_folder_are_errors()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024", "Xem ![ảnh](../secret.png) và [tệp](/etc/passwd)."));
        Assert.Equal(
            ["models/2024/thu.md:9:5", "models/2024/thu.md:9:30"],
            result.Diagnostics.Where(d => d.Code == "SG2005").Select(d => d.Span.ToString()).ToArray());
    }

    [Fact]
    public void Script_links_in_a_story_are_dropped_with_a_warning_at_their_place()
    {
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: 2024", "Dòng một.\n\nBấm [vào đây](javascript:alert(1)) nhé."));
        var d = result.Single("SG2006");
        Assert.Equal(new SourceSpan("models/2024/thu.md", 11, 5), d.Span);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Two_codes_of_conduct_for_one_unit_are_an_error()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- standards/khac.yaml --\nunit: van-phong\ntitle: \"Khác\"\nitems: [\"Trung thành\"]\n").Single("SG2007");
        Assert.Equal(new SourceSpan("standards/van-phong.yaml", 1, 7), d.Span);
    }

    [Fact]
    public void Every_error_of_a_run_is_reported_at_once_sorted_by_place()
    {
        var result = TestBuild.Generate(
            MiniSite.Minimal,
            Model(Good.Replace("unit: van-phong", "unit: Van") + "\nyear: abc"),
            "-- models/2023/khac.md --\n---\ntitle: \"K\"\nsummary: \"Tóm tắt đủ dài để không bị cảnh báo gì cả.\"\nunit: van-phong\ncategory: y\nyear: 2023\n---\nx\n",
            "-- units.yaml --\n- id: van-phong\n  name: A\n  kind: dang-doan-the\n- id: phuong-1\n  name: B\n  kind: sai\n");
        Assert.Null(result.Plan);
        Assert.Equal(
            ["models/2023/khac.md:5:11: lỗi SG2001", "models/2024/thu.md:4:7: lỗi SG1004", "models/2024/thu.md:6:7: lỗi SG1003", "units.yaml:6:9: lỗi SG1006"],
            result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span}: {d.SeverityWord} {d.Code}").ToArray());
    }

    [Fact]
    public void The_formatter_shows_the_source_line_with_a_caret()
    {
        var source = MiniSite.Source(MiniSite.Minimal, Model(Good + "\nyear: abc"));
        var result = TestBuild.Check(MiniSite.Minimal, Model(Good + "\nyear: abc"));
        var text = DiagnosticFormatter.Format(result.Diagnostics, p => source.Files.FirstOrDefault(f => f.Path == p)?.Text);
        Assert.Contains("models/2024/thu.md:6:7: lỗi SG1003", text);
        Assert.Contains("  6 | year: abc\n    |       ^\n", text);
    }

    [Fact]
    public void A_story_may_link_to_another_page_of_the_site_with_a_trailing_slash()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Model(Good + "\nyear: 2024", "Xem [mô hình khác](mo-hinh/viec-tot/) và [đơn vị](don-vi/van-phong)."));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Contains("href=\"/mo-hinh/mo-hinh/viec-tot/\"", result.Html("mo-hinh/thu/index.html"));
    }
}
