using AngleSharp.Html.Parser;
using Showcase.Generator.Posters;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Posters;

/// <summary>Which poster pages a code of conduct gets, and what they hold.</summary>
public sealed class PosterPlannerTests
{
    private const string Standards = """
        -- standards/van-phong.yaml --
        unit: van-phong
        title: "Chuẩn mực đạo đức cán bộ, đảng viên"
        items:
          - "Trung thành, trách nhiệm"
          - "Liêm chính, tận tụy"
        decision:
          number: "05-QĐ/CB"
          date: 2024-03-01
          issuer: "Chi bộ Văn phòng Thành ủy"
        sizes: [40x60, 60x90]
        """;

    private static IReadOnlyList<string> PosterPaths(Generator.Build.BuildResult result) =>
        result.Plan!.Files.Select(f => f.Path).Where(p => p.StartsWith("chuan-muc/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3).ToList();

    [Fact]
    public void Each_listed_size_becomes_a_print_page_and_unlisted_sizes_do_not()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Standards);
        Assert.Equal(["chuan-muc/van-phong/40x60/index.html", "chuan-muc/van-phong/60x90/index.html"], PosterPaths(result));
        Assert.DoesNotContain("/chuan-muc/van-phong/50x75/", result.Html("chuan-muc/van-phong/index.html"));
    }

    [Fact]
    public void Without_sizes_a_code_of_conduct_gets_all_three_and_with_an_empty_list_none()
    {
        Assert.Equal(
            ["chuan-muc/van-phong/40x60/index.html", "chuan-muc/van-phong/50x75/index.html", "chuan-muc/van-phong/60x90/index.html"],
            PosterPaths(TestBuild.Generate(MiniSite.Minimal)));

        var none = TestBuild.Generate(MiniSite.Minimal, Standards.Replace("sizes: [40x60, 60x90]", "sizes: []"));
        Assert.Empty(PosterPaths(none));
        Assert.Contains("không chọn khổ khung nào", none.Html("chuan-muc/van-phong/index.html"));
    }

    [Fact]
    public void A_poster_is_one_sheet_of_its_size_without_site_chrome_and_outside_the_sitemap()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Standards);
        var html = result.Html("chuan-muc/van-phong/60x90/index.html");
        Assert.Contains("@page { size: 600mm 900mm; margin: 0; }", html);
        Assert.Contains("--sheet-w: 600mm; --sheet-h: 900mm;", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Null(document.QuerySelector(".site-header"));
        Assert.Equal("Đảng bộ thành phố Bảo Lộc", document.QuerySelector(".org")!.TextContent);
        Assert.Equal("Chi bộ Văn phòng Thành ủy", document.QuerySelector(".unit")!.TextContent);
        Assert.Equal("Chuẩn mực đạo đức cán bộ, đảng viên", document.QuerySelector("h1.title")!.TextContent);
        Assert.Equal(["Trung thành, trách nhiệm", "Liêm chính, tận tụy"], document.QuerySelectorAll(".items li").Select(li => li.TextContent).ToArray());
        Assert.Equal("(Ban hành kèm theo Quyết định số 05-QĐ/CB ngày 01 tháng 03 năm 2024 của Chi bộ Văn phòng Thành ủy)", document.QuerySelector(".decision")!.TextContent);
        Assert.Equal("Bảo Lộc, ngày 01 tháng 03 năm 2024", document.QuerySelector(".dated")!.TextContent);
        Assert.DoesNotContain("chuan-muc/van-phong/60x90/", System.Text.Encoding.UTF8.GetString(result.Plan!.Files.Single(f => f.Path == "sitemap.xml").Content));
    }

    [Fact]
    public void A_poster_links_its_assets_relatively_so_it_prints_from_disk()
    {
        var html = TestBuild.Generate(MiniSite.Minimal).Html("chuan-muc/van-phong/40x60/index.html");
        var document = new HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("link[href], script[src], a[href]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty).ToList();
        Assert.Equal(["../../../assets/css/fonts.css", "../../../assets/css/poster.css", "../../../assets/js/poster-fit.js", "../"], links);
    }

    [Fact]
    public void Without_a_decision_date_the_poster_is_dated_with_the_build()
    {
        var html = TestBuild.Generate(MiniSite.Minimal).Html("chuan-muc/van-phong/40x60/index.html");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Bảo Lộc, ngày 22 tháng 05 năm 2024", document.QuerySelector(".dated")!.TextContent);
        Assert.Null(document.QuerySelector(".decision"));
    }

    [Fact]
    public void Hostile_text_on_a_poster_stays_text()
    {
        const string evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var result = TestBuild.Generate(
            MiniSite.Minimal,
            $"""
            -- standards/van-phong.yaml --
            unit: van-phong
            title: '{evil}'
            items: ['{evil}', "Liêm chính & tận tụy"]
            decision:
              issuer: '{evil}'
            """);
        var html = result.Html("chuan-muc/van-phong/40x60/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(evil, document.QuerySelector("h1.title")!.TextContent);
        Assert.Equal([evil, "Liêm chính & tận tụy"], document.QuerySelectorAll(".items li").Select(li => li.TextContent).ToArray());
        Assert.Equal(["../../../assets/js/poster-fit.js"], document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "(inline)").ToArray());
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public void The_code_of_conduct_page_links_pdfs_only_when_they_are_built()
    {
        var without = TestBuild.Generate(MiniSite.Minimal, Standards).Html("chuan-muc/van-phong/index.html");
        Assert.Contains("href=\"/mo-hinh/chuan-muc/van-phong/40x60/\"", without);
        Assert.DoesNotContain(".pdf", without);

        var with = TestBuild.Generate(new BuildOptions { Today = TestBuild.Today, Pdf = true }, MiniSite.Minimal, Standards).Html("chuan-muc/van-phong/index.html");
        Assert.Contains("href=\"/mo-hinh/chuan-muc/van-phong/40x60.pdf\"", with);
        Assert.Contains("href=\"/mo-hinh/chuan-muc/van-phong/60x90.pdf\"", with);
        Assert.DoesNotContain("50x75.pdf", with);
    }

    [Fact]
    public void The_qr_code_points_at_the_unit_page_when_base_url_has_a_host()
    {
        var result = TestBuild.Generate(MiniSite.Minimal);
        var document = new HtmlParser().ParseDocument(result.Html("chuan-muc/van-phong/40x60/index.html"));
        var qr = document.QuerySelector("svg.qr");
        Assert.NotNull(qr);
        Assert.StartsWith("M", qr!.QuerySelector("path")!.GetAttribute("d"));

        var pathOnly = TestBuild.Generate(new BuildOptions { Today = TestBuild.Today, BaseUrlOverride = "/mo-hinh/" }, MiniSite.Minimal);
        Assert.DoesNotContain("class=\"qr\"", pathOnly.Html("chuan-muc/van-phong/40x60/index.html"));
    }

    [Fact]
    public void Pdf_jobs_pair_each_poster_page_with_its_pdf()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Standards);
        Assert.Equal(
            [
                new PosterPdfJob("chuan-muc/van-phong/40x60/index.html", "chuan-muc/van-phong/40x60.pdf", PosterSize.All[0]),
                new PosterPdfJob("chuan-muc/van-phong/60x90/index.html", "chuan-muc/van-phong/60x90.pdf", PosterSize.All[2]),
            ],
            PosterPlanner.PdfJobs(result.Site!));
    }
}
