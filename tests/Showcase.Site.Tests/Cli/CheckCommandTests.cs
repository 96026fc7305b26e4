using System.Text.Json;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Cli;

/// <summary>
/// <c>showcase check</c> on broken content trees, one or more per diagnostic code the loader has: every finding's
/// file, line, column, severity and code, exactly, and the exit code (1 with an error, 0 with warnings only).
/// </summary>
public sealed class CheckCommandTests
{
    /// <summary>A model file in the tree; <paramref name="front"/> is its front matter, without the --- lines.</summary>
    private static string Model(string path, string front, string body = "Câu chuyện của mô hình.") =>
        $"-- {path} --\n---\n{front}\n---\n\n{body}\n";

    private const string Front = """
        title: "Thử nghiệm"
        summary: "Một mô hình để thử các lỗi của nội dung, đủ dài để không bị cảnh báo."
        unit: van-phong
        category: an-sinh-xa-hoi
        year: 2024
        """;

    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "SG1001 YAML không hợp lệ trong khối thông tin",
            Model("models/2024/thu.md", "title: \"Thử\nsummary: [x"),
            ["models/2024/thu.md:2:8: error SG1001"]
        },
        {
            "SG1001 YAML không hợp lệ trong units.yaml",
            "-- units.yaml --\n- id: van-phong\n  name: \"Chi bộ\n  kind: dang-doan-the\n",
            ["models/2023/mot-cua.md:4:7: error SG2001", "models/2024/viec-tot.md:4:7: error SG2001", "standards/van-phong.yaml:1:7: error SG2001", "units.yaml:2:9: error SG1001"]
        },
        {
            "SG1002 thiếu trường bắt buộc",
            Model("models/2024/thu.md", Front.Replace("year: 2024", string.Empty, StringComparison.Ordinal).TrimEnd()),
            ["models/2024/thu.md:2:1: error SG1002"]
        },
        {
            "SG1002 chuẩn mực thiếu items",
            "-- standards/van-phong.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\n",
            ["standards/van-phong.yaml:1:1: error SG1002"]
        },
        {
            "SG1003 năm không phải là số",
            Model("models/2024/thu.md", Front.Replace("year: 2024", "year: abc", StringComparison.Ordinal)),
            ["models/2024/thu.md:6:7: error SG1003"]
        },
        {
            "SG1003 base_url không hợp lệ",
            "-- site.yaml --\ntitle: \"Mô hình hay\"\norganization: \"Đảng bộ\"\nbase_url: \"ftp://x\"\n",
            ["site.yaml:3:11: error SG1003"]
        },
        {
            "SG1004 id không phải chữ thường không dấu",
            Model("models/2024/thu.md", Front.Replace("unit: van-phong", "unit: Văn Phòng", StringComparison.Ordinal)),
            ["models/2024/thu.md:4:7: error SG1004"]
        },
        {
            "SG1004 tên tệp không làm được đường dẫn",
            Model("models/2024/Thử Nghiệm.md", Front),
            ["models/2024/Thử Nghiệm.md:1:1: error SG1004"]
        },
        {
            "SG1005 slug trùng",
            Model("models/2023/viec-tot.md", Front),
            ["models/2024/viec-tot.md:1:1: error SG1005"]
        },
        {
            "SG1005 id đơn vị trùng",
            MiniSite.Minimal.Split("-- categories.yaml --")[0].Split("-- units.yaml --")[1] is var units
                ? "-- units.yaml --" + units.TrimEnd() + "\n- id: van-phong\n  name: \"Trùng\"\n  kind: y-te\n"
                : string.Empty,
            ["units.yaml:8:7: error SG1005"]
        },
        {
            "SG1006 giá trị không thuộc danh sách",
            Model("models/2024/thu.md", Front + "\nimplementer_kind: nhom"),
            ["models/2024/thu.md:7:19: error SG1006"]
        },
        {
            "SG1006 khổ áp phích không hỗ trợ",
            "-- standards/van-phong.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [\"Trung thành\"]\nsizes: [40x60, A4]\n",
            ["standards/van-phong.yaml:4:16: error SG1006"]
        },
        {
            "SG1007 summary quá 600 ký tự",
            Model("models/2024/thu.md", Front.Replace("summary: \"Một mô hình để thử các lỗi của nội dung, đủ dài để không bị cảnh báo.\"", $"summary: \"{new string('a', 601)}\"", StringComparison.Ordinal)),
            ["models/2024/thu.md:3:10: error SG1007"]
        },
        {
            "SG1008 không có khối thông tin",
            "-- models/2024/thu.md --\n# Thử\n\nCâu chuyện.\n",
            ["models/2024/thu.md:1:1: error SG1008"]
        },
        {
            "SG1008 khối thông tin trống",
            "-- models/2024/thu.md --\n---\n---\n\nCâu chuyện.\n",
            ["models/2024/thu.md:1:1: error SG1008"]
        },
        {
            "SG1009 tuần ISO sai",
            Model("models/2024/thu.md", Front + "\nfeatured_week: 2024-21"),
            ["models/2024/thu.md:7:16: error SG1009"]
        },
        {
            "SG1009 ngày sai",
            Model("models/2024/thu.md", Front + "\nawards:\n  - kind: giay-khen\n    by: \"Ban Thường vụ\"\n    date: 19/05/2024"),
            ["models/2024/thu.md:10:11: error SG1009"]
        },
        {
            "SG1010 trường không có trong định dạng (cảnh báo)",
            Model("models/2024/thu.md", Front + "\ntittle: \"x\""),
            ["models/2024/thu.md:7:1: warning SG1010"]
        },
        {
            "SG1011 quá 12 cụm từ chuẩn mực",
            "-- standards/van-phong.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [a, b, c, d, e, f, g, h, i, j, k, l, m]\n",
            ["standards/van-phong.yaml:3:8: error SG1011"]
        },
        {
            "SG1012 tệp danh sách không phải danh sách",
            "-- categories.yaml --\nid: an-sinh-xa-hoi\nname: \"An sinh\"\n",
            ["categories.yaml:1:1: error SG1012", "models/2023/mot-cua.md:5:11: error SG2001", "models/2024/viec-tot.md:5:11: error SG2001"]
        },
        {
            "SG1013 thiếu units.yaml",
            "-- units.yaml --\n(xóa)",
            [
                "models/2023/mot-cua.md:4:7: error SG2001", "models/2024/viec-tot.md:4:7: error SG2001",
                "standards/van-phong.yaml:1:7: error SG2001", "units.yaml:0:0: error SG1013",
            ]
        },
        {
            "SG1014 tệp lạ (cảnh báo)",
            "-- ghi-chu/y-tuong.md --\nÝ tưởng.\n",
            ["ghi-chu/y-tuong.md:0:0: warning SG1014"]
        },
        {
            "SG1015 mô hình chưa có câu chuyện (cảnh báo)",
            Model("models/2024/thu.md", Front, body: string.Empty),
            ["models/2024/thu.md:7:1: warning SG1015"]
        },
        {
            "SG1016 summary quá ngắn (cảnh báo)",
            Model("models/2024/thu.md", Front.Replace("summary: \"Một mô hình để thử các lỗi của nội dung, đủ dài để không bị cảnh báo.\"", "summary: \"Làm việc tốt.\"", StringComparison.Ordinal)),
            ["models/2024/thu.md:3:10: warning SG1016"]
        },
        {
            "SG2001 đơn vị không có trong units.yaml",
            Model("models/2024/thu.md", Front.Replace("unit: van-phong", "unit: van-phog", StringComparison.Ordinal)),
            ["models/2024/thu.md:4:7: error SG2001"]
        },
        {
            "SG2001 biểu mẫu không có trong forms.yaml",
            Model("models/2024/thu.md", Front + "\nforms: [bm1, bm9]"),
            ["models/2024/thu.md:7:14: error SG2001"]
        },
        {
            "SG2004 đơn vị cha không có",
            "-- units.yaml --\n- id: van-phong\n  name: \"Chi bộ\"\n  kind: dang-doan-the\n  parent: khong-co\n- id: phuong-1\n  name: \"Phường 1\"\n  kind: xa-phuong-thi-tran\n  parent: van-phong\n",
            ["units.yaml:4:11: error SG2004"]
        },
        {
            "SG2004 vòng đơn vị cha",
            "-- units.yaml --\n- id: van-phong\n  name: \"Chi bộ\"\n  kind: dang-doan-the\n  parent: phuong-1\n- id: phuong-1\n  name: \"Phường 1\"\n  kind: xa-phuong-thi-tran\n  parent: van-phong\n",
            ["units.yaml:4:11: error SG2004", "units.yaml:8:11: error SG2004"]
        },
        {
            "SG2005 ảnh không có trong media/",
            Model("models/2024/thu.md", Front + "\nimage: media/khong-co.jpg"),
            ["models/2024/thu.md:7:8: error SG2005"]
        },
        {
            "SG2005 ảnh trong câu chuyện ra ngoài thư mục nội dung",
            Model("models/2024/thu.md", Front, body: "Ảnh: ![Lớp học](../bi-mat.jpg)"),
            ["models/2024/thu.md:9:6: error SG2005"]
        },
        {
            "SG2006 liên kết không an toàn (cảnh báo)",
            Model("models/2024/thu.md", Front, body: "Xem [đây](javascript:alert(1))."),
            ["models/2024/thu.md:9:5: warning SG2006"]
        },
        {
            "SG2007 hai tệp chuẩn mực cho một đơn vị",
            "-- standards/van-phong-2.yaml --\nunit: van-phong\ntitle: \"Chuẩn mực\"\nitems: [\"Trung thành\"]\n",
            ["standards/van-phong.yaml:1:7: error SG2007"]
        },
        {
            "SG2008 tuần đã có câu chuyện khác (cảnh báo)",
            Model("models/2024/thu.md", Front + "\nfeatured_week: 2024-W21")
                + Model("models/2024/thu-hai.md", Front + "\nfeatured_week: 2024-W21"),
            ["models/2024/thu.md:7:16: warning SG2008"]
        },
        {
            "SG2009 ảnh không có lời mô tả (cảnh báo)",
            "-- media/lop-hoc.png --\npng\n" + Model("models/2024/thu.md", Front, body: "Lớp học:\n\n![](media/lop-hoc.png)"),
            ["models/2024/thu.md:11:1: warning SG2009"]
        },
        {
            "SG2010 đơn vị chưa có mô hình (cảnh báo)",
            "-- models/2023/mot-cua.md --\n(xóa)",
            ["units.yaml:4:7: warning SG2010"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_every_finding_at_its_place(string name, string tree, string[] expected)
    {
        using var temp = new TempDirectory("check");
        var content = CliRun.WriteTree(temp, CliRun.Clean, tree);
        var (exitCode, findings) = CliRun.Check(content);
        Assert.True(expected.SequenceEqual(findings), $"{name}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", findings)}");
        Assert.Equal(expected.Any(e => e.Contains(": error ", StringComparison.Ordinal)) ? 1 : 0, exitCode);
    }

    [Fact]
    public void Every_code_the_loader_reports_has_a_case()
    {
        var covered = Cases.Select(c => (string)c[0]).Select(n => n[..6]).ToHashSet(StringComparer.Ordinal);
        var source = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Showcase.Generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Rendering", StringComparison.Ordinal) || f.EndsWith("MarkdownRenderer.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var codes = source.SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, "\"(SG[12][0-9]{3})\"").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        Assert.Empty(codes.Except(covered).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_clean_tree_gives_exit_0_and_no_finding()
    {
        using var temp = new TempDirectory("check");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("check", "--content", content);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Nội dung hợp lệ: 7 tệp, 2 mô hình; 0 cảnh báo.\n", run.Output);
    }

    [Fact]
    public void The_sample_content_has_no_error()
    {
        var run = CliRun.Run("check", "--content", RepoPaths.Content);
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Text_output_shows_each_finding_with_its_source_line_and_a_caret()
    {
        using var temp = new TempDirectory("check");
        var content = CliRun.WriteTree(temp, CliRun.Clean, Model("models/2024/thu.md", Front.Replace("year: 2024", "year: abc", StringComparison.Ordinal)));
        var run = CliRun.Run("check", "--content", content);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(
            "models/2024/thu.md:6:7: lỗi SG1003: 'year' phải là một năm từ 2000 đến 2100 (đang là \"abc\").\n  6 | year: abc\n    |       ^\n",
            run.Output);
        Assert.EndsWith("Có 1 lỗi, 0 cảnh báo trong 8 tệp. Sửa các lỗi trên rồi chạy lại: showcase check\n", run.Output);
    }

    [Fact]
    public void Json_output_has_every_field_a_ci_annotation_needs()
    {
        using var temp = new TempDirectory("check");
        var content = CliRun.WriteTree(temp, CliRun.Clean, Model("models/2024/thu.md", Front + "\ntittle: \"x\""));
        var run = CliRun.Run("check", "--content", content, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal(
            ["file", "path", "line", "column", "severity", "code", "message"],
            finding.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("models/2024/thu.md", finding.GetProperty("file").GetString());
        Assert.Equal(content.Replace('\\', '/') + "/models/2024/thu.md", finding.GetProperty("path").GetString());
        Assert.Equal("trường 'tittle' không có trong định dạng và sẽ bị bỏ qua. Có phải ý bạn là 'title'?", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void A_missing_content_folder_is_an_error()
    {
        using var temp = new TempDirectory("check");
        var (exitCode, findings) = CliRun.Check(temp.Combine("khong-co"));
        Assert.Equal(1, exitCode);
        Assert.Equal([".:0:0: error SG1013"], findings);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Run("check", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lỗi:", run.Error);
    }
}
