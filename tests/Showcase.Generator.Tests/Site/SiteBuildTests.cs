using AngleSharp.Html.Parser;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Site;

/// <summary>What the site shows: drafts left out, lists ordered and paged, links under the base_url's sub-path.</summary>
public sealed class SiteBuildTests
{
    private static string Model(string slug, int year, string unit = "van-phong", string category = "an-sinh-xa-hoi", string extra = "") => $"""
        -- models/{year}/{slug}.md --
        ---
        title: "Mô hình {slug}"
        summary: "Tóm tắt của mô hình {slug}, đủ dài để đọc."
        unit: {unit}
        category: {category}
        year: {year}
        {extra}
        ---

        Câu chuyện {slug}.
        """;

    [Fact]
    public void Drafts_are_left_out_of_every_page_feed_and_sitemap()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Model("ban-nhap", 2024, extra: "draft: true\nforms: [bm1]\nfeatured_week: 2024-W21"));
        Assert.NotNull(result.Plan);
        Assert.DoesNotContain(result.Plan!.Files, f => f.Path.Contains("ban-nhap", StringComparison.Ordinal));
        foreach (var file in result.Plan.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("ban-nhap", System.Text.Encoding.UTF8.GetString(file.Content));
        }

        Assert.Single(result.Site!.Models);
    }

    [Fact]
    public void Build_orders_models_by_year_then_slug()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Model("b", 2022), Model("a", 2022), Model("c", 2023), Model("z", 2021));
        Assert.Equal(["viec-tot", "c", "a", "b", "z"], result.Site!.Models.Select(m => m.Slug).ToArray());
    }

    [Fact]
    public void The_models_list_is_paged_by_twenty()
    {
        var models = Enumerable.Range(1, 44).Select(i => Model($"m{i:00}", 2023)).ToArray();
        var result = TestBuild.Generate([MiniSite.Minimal, .. models]);
        var parser = new HtmlParser();
        int Cards(string path) => parser.ParseDocument(result.Html(path)).QuerySelectorAll("main .cards > li").Length;
        Assert.Equal(20, Cards("mo-hinh/index.html"));
        Assert.Equal(20, Cards("mo-hinh/trang-2/index.html"));
        Assert.Equal(5, Cards("mo-hinh/trang-3/index.html"));
        Assert.DoesNotContain(result.Plan!.Files, f => f.Path.StartsWith("mo-hinh/trang-4/", StringComparison.Ordinal));
        var page2 = parser.ParseDocument(result.Html("mo-hinh/trang-2/index.html"));
        Assert.Equal("/mo-hinh/mo-hinh/", page2.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/mo-hinh/mo-hinh/trang-3/", page2.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", page2.QuerySelector(".pager a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Every_link_honours_the_base_url_sub_path()
    {
        var result = TestBuild.Generate(new BuildOptions { Today = TestBuild.Today, BaseUrlOverride = "https://portal.example/a/b/" }, MiniSite.Minimal);
        var parser = new HtmlParser();
        var count = 0;
        foreach (var file in result.Plan!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            foreach (var url in document.QuerySelectorAll("a[href], link[href], img[src], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                count++;

                // Print pages (posters) link relatively so they also open from disk; resolved, they stay under the sub-path too.
                var resolved = new Uri(new Uri("https://portal.example/a/b/" + file.Path), url).AbsoluteUri;
                Assert.True(url.StartsWith("/a/b/", StringComparison.Ordinal) || url.StartsWith("https://portal.example/a/b/", StringComparison.Ordinal) || url.StartsWith('#')
                    || (url.StartsWith("../", StringComparison.Ordinal) && resolved.StartsWith("https://portal.example/a/b/", StringComparison.Ordinal)), $"{file.Path}: {url}");
            }
        }

        Assert.True(count > 50);
        var sitemap = System.Text.Encoding.UTF8.GetString(result.Plan.Files.Single(f => f.Path == "sitemap.xml").Content);
        Assert.Contains("<loc>https://portal.example/a/b/mo-hinh/viec-tot/</loc>", sitemap);
    }

    [Fact]
    public void Home_shows_the_story_of_the_current_week_else_the_latest_before_it()
    {
        var files = new[] { MiniSite.Minimal, Model("tuan-20", 2024, extra: "featured_week: 2024-W20"), Model("tuan-22", 2024, extra: "featured_week: 2024-W22"), Model("tuan-30", 2024, extra: "featured_week: 2024-W30") };
        var inWeek22 = TestBuild.Generate(new BuildOptions { Today = new DateOnly(2024, 5, 29) }, files);
        Assert.Equal("tuan-22", inWeek22.Site!.WeekStory!.Slug);
        Assert.True(inWeek22.Site.WeekStoryIsCurrent);
        Assert.Contains("Câu chuyện tuần này", inWeek22.Html("index.html"));

        var inWeek25 = TestBuild.Generate(new BuildOptions { Today = new DateOnly(2024, 6, 19) }, files);
        Assert.Equal("tuan-22", inWeek25.Site!.WeekStory!.Slug);
        Assert.False(inWeek25.Site.WeekStoryIsCurrent);
    }

    [Fact]
    public void A_unit_page_shows_its_parent_children_models_and_code_of_conduct()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, Model("cua-phuong", 2023, unit: "phuong-1"));
        var document = new HtmlParser().ParseDocument(result.Html("don-vi/van-phong/index.html"));
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/mo-hinh/don-vi/phuong-1/");
        Assert.Contains(document.QuerySelectorAll(".standards-items li"), li => li.TextContent == "Liêm chính, tận tụy");
        Assert.Contains(document.QuerySelectorAll(".card-title a"), a => a.TextContent == "Mỗi tuần làm một việc tốt");
        var child = new HtmlParser().ParseDocument(result.Html("don-vi/phuong-1/index.html"));
        Assert.Contains(child.QuerySelectorAll(".facts a"), a => a.GetAttribute("href") == "/mo-hinh/don-vi/van-phong/");
    }

    [Fact]
    public void The_feed_lists_the_newest_models_as_atom()
    {
        var models = Enumerable.Range(1, 60).Select(i => Model($"m{i:00}", 2023)).ToArray();
        var result = TestBuild.Generate([MiniSite.Minimal, .. models]);
        var feed = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Plan!.Files.Single(f => f.Path == "feed.xml").Content));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(50, entries.Count);
        Assert.Equal("https://example.gov.vn/mo-hinh/mo-hinh/viec-tot/", entries[0].Element(atom + "id")!.Value);
    }

    [Fact]
    public void A_shared_model_page_carries_open_graph_title_summary_and_image()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, "-- media/anh.png --\npng", Model("co-anh", 2024, extra: "image: media/anh.png"));
        var document = new HtmlParser().ParseDocument(result.Html("mo-hinh/co-anh/index.html"));
        string Meta(string property) => document.QuerySelector($"meta[property='{property}']")!.GetAttribute("content")!;
        Assert.Equal("Mô hình co-anh", Meta("og:title"));
        Assert.Equal("Tóm tắt của mô hình co-anh, đủ dài để đọc.", Meta("og:description"));
        Assert.Equal("https://example.gov.vn/mo-hinh/media/anh.png", Meta("og:image"));
        Assert.Equal("https://example.gov.vn/mo-hinh/mo-hinh/co-anh/", Meta("og:url"));
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(result.Plan!.Files, f => f.Path == "media/anh.png");
    }

    [Fact]
    public void Headings_never_skip_a_level()
    {
        var models = Enumerable.Range(1, 3).Select(i => Model($"m{i}", 2023, extra: "awards:\n  - kind: bang-khen\n    by: \"UBND\"")).ToArray();
        var result = TestBuild.Generate([MiniSite.Minimal, .. models]);
        var parser = new HtmlParser();
        foreach (var file in result.Plan!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count == 0 || levels[0] == 1, $"{file.Path} does not start with h1");
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file.Path}: h{levels[i - 1]} then h{levels[i]}");
            }
        }
    }
}
