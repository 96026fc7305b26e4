using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Showcase.Generator.Tests.Rendering;

/// <summary>Content is untrusted: no field, anywhere it is shown, can become markup or script.</summary>
public sealed class EscapingTests
{
    private const string Evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";

    private static readonly string Hostile = $$"""
        -- site.yaml --
        title: '{{Evil.Replace("'", "''")}}'
        organization: '{{Evil.Replace("'", "''")}}'
        publisher: '{{Evil.Replace("'", "''")}}'
        base_url: "https://example.gov.vn/mo-hinh/"
        place: '{{Evil.Replace("'", "''")}}'
        -- units.yaml --
        - id: van-phong
          name: '{{Evil.Replace("'", "''")}}'
          kind: dang-doan-the
        - id: phuong-1
          name: "Phường 1"
          kind: xa-phuong-thi-tran
        -- categories.yaml --
        - id: an-sinh-xa-hoi
          name: '{{Evil.Replace("'", "''")}}'
          description: '{{Evil.Replace("'", "''")}}'
        -- forms.yaml --
        - id: bm1
          number: '{{Evil.Replace("'", "''")}}'
          title: '{{Evil.Replace("'", "''")}}'
          subtitle: '{{Evil.Replace("'", "''")}}'
        -- models/2024/viec-tot.md --
        ---
        title: '{{Evil.Replace("'", "''")}}'
        summary: '{{Evil.Replace("'", "''")}}'
        unit: van-phong
        category: an-sinh-xa-hoi
        year: 2024
        implementer: '{{Evil.Replace("'", "''")}}'
        note: '{{Evil.Replace("'", "''")}}'
        tags: ['{{Evil.Replace("'", "''")}}']
        forms: [bm1]
        featured_week: 2024-W21
        awards:
          - kind: giay-khen
            by: '{{Evil.Replace("'", "''")}}'
            date: 2024-05-19
        ---

        <script>alert(3)</script>

        <img src=x onerror="alert(4)">

        [bấm](javascript:alert(5)) [dữ liệu](data:text/html;base64,PHNjcmlwdD4=) [vb](VBScript:msgbox) <javascript:alert(6)>

        ![ảnh](javascript:alert(7))

        ## Tiêu đề <b onclick="alert(8)">x</b>
        -- standards/van-phong.yaml --
        unit: van-phong
        title: '{{Evil.Replace("'", "''")}}'
        items: ['{{Evil.Replace("'", "''")}}', "Liêm chính"]
        decision:
          number: '{{Evil.Replace("'", "''")}}'
          issuer: '{{Evil.Replace("'", "''")}}'
          date: 2024-03-01
        """;

    [Fact]
    public void Hostile_text_in_every_field_never_becomes_markup()
    {
        var result = TestBuild.Generate(Hostile);
        Assert.NotNull(result.Plan);
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var file in result.Plan!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            pages++;
            var html = System.Text.Encoding.UTF8.GetString(file.Content);
            var document = parser.ParseDocument(html);
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src");
                Assert.True(src is not null ? src.StartsWith("/mo-hinh/assets/", StringComparison.Ordinal) || src.StartsWith("../", StringComparison.Ordinal) : !script.TextContent.Contains("alert", StringComparison.Ordinal), $"{file.Path}: script {script.OuterHtml}");
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file.Path}: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
                    if (attribute.Name is "href" or "src" or "action")
                    {
                        var value = attribute.Value.Trim().ToLowerInvariant();
                        Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal), $"{file.Path}: {attribute.Name}={attribute.Value}");
                    }
                }
            }

            Assert.Empty(document.QuerySelectorAll("img[src=x]"));
        }

        Assert.True(pages >= 8);
        var model = parser.ParseDocument(result.Html("mo-hinh/viec-tot/index.html"));
        Assert.Equal(Evil, model.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(3)</script>", model.QuerySelector(".story")!.TextContent);
        Assert.Contains("bấm", model.QuerySelector(".story")!.TextContent);
        Assert.Contains(result.Diagnostics, d => d.Code == "SG2006");
    }

    [Fact]
    public void Hostile_text_is_escaped_in_the_feed_and_sitemap_too()
    {
        var result = TestBuild.Generate(Hostile);
        var feed = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Plan!.Files.Single(f => f.Path == "feed.xml").Content));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(Evil, feed.Root!.Element(atom + "entry")!.Element(atom + "title")!.Value);
    }
}
