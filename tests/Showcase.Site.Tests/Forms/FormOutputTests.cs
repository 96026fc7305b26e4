using System.Globalization;
using Showcase.Generator.Site;
using Showcase.Site.Tests.Infrastructure;
using static Showcase.Site.Tests.Forms.BuiltForms;

namespace Showcase.Site.Tests.Forms;

/// <summary>
/// The forms and statistics of a built site, read from its files and checked against the content read
/// independently (<see cref="ContentFacts"/>): on the sample content and on a generated tree.
/// </summary>
public abstract class FormOutputTests
{
    protected abstract string Output { get; }

    protected abstract ContentFacts Facts { get; }

    private static readonly string[] Columns = ["Số thứ tự", "Tên mô hình/ cách làm hay", "Nội dung", "Tập thể/ cá nhân/ đơn vị thực hiện", "Ghi chú"];

    [Fact]
    public void Each_form_page_lists_every_published_record_once_in_its_units_group_with_its_five_cells()
    {
        Assert.NotEmpty(Facts.FormIds);
        foreach (var form in Facts.FormIds)
        {
            var expected = Facts.FormRows(form).Select(r => new ShownRow(r.UnitName, r.Cells).ToString()).ToList();
            var shown = PageRows(Output, $"bieu-mau/{form}/index.html").Select(r => r.ToString()).ToList();
            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public void Each_form_csv_has_the_same_rows_with_the_unit_first()
    {
        foreach (var form in Facts.FormIds)
        {
            var (header, records) = Csv(Output, $"bieu-mau/{form}.csv");
            Assert.Equal(["Đơn vị", .. Columns], header);
            var expected = Facts.FormRows(form).Select(r => string.Join(" | ", new[] { r.UnitName }.Concat(r.Cells.Select(ContentFacts.CsvSafe)))).ToList();
            Assert.Equal(expected, records.Select(r => string.Join(" | ", r)).ToList());
        }
    }

    [Fact]
    public void The_unit_pages_and_csvs_add_up_to_the_site_wide_ones()
    {
        foreach (var form in Facts.FormIds)
        {
            var siteWide = PageRows(Output, $"bieu-mau/{form}/index.html").Select(r => string.Join(" | ", r.Cells)).ToList();
            var (_, siteWideCsv) = Csv(Output, $"bieu-mau/{form}.csv");
            var pages = new List<string>();
            var csvs = new List<string[]>();
            foreach (var unit in Facts.UnitsInOrder)
            {
                var rows = PageRows(Output, $"bieu-mau/{form}/{unit.Id}/index.html");
                Assert.All(rows, r => Assert.Null(r.Unit));
                Assert.Equal(Facts.FormRows(form, unit.Id).Select(r => string.Join(" | ", r.Cells)), rows.Select(r => string.Join(" | ", r.Cells)));
                pages.AddRange(rows.Select(r => string.Join(" | ", r.Cells)));

                var (header, records) = Csv(Output, $"bieu-mau/{form}/{unit.Id}.csv");
                Assert.Equal(Columns, header);
                csvs.AddRange(records.Select(r => new[] { unit.Name }.Concat(r).ToArray()));

                using var page = Page(Output, $"bieu-mau/{form}/{unit.Id}/index.html");
                Assert.Equal(rows.Count == 0, page.QuerySelector("tr.empty-row") is not null);
                Assert.Equal(unit.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), page.QuerySelector(".form-unit")!.TextContent);
            }

            Assert.Equal(siteWide, pages);
            Assert.Equal(siteWideCsv, csvs);
        }
    }

    [Fact]
    public void Drafts_are_on_no_form_page_or_csv()
    {
        var drafts = Facts.Models.Where(m => m.Draft).Select(m => m.Title).ToList();
        Assert.NotEmpty(drafts);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Output, "bieu-mau"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var title in drafts)
            {
                Assert.DoesNotContain(Html(title), text);
                Assert.DoesNotContain(title, text);
            }
        }

        static string Html(string text) => Showcase.Generator.Rendering.Html.Escape(text);
    }

    [Fact]
    public void The_statistics_page_counts_what_the_content_says()
    {
        using var page = Page(Output, "thong-ke/index.html");
        Dictionary<string, int> Table(string id) => page.QuerySelectorAll($"#{id}-bang tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent, tr => int.Parse(tr.QuerySelector("td")!.TextContent, CultureInfo.InvariantCulture));

        var published = Facts.Published.ToList();
        Assert.Equal(published.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#tong-so-mo-hinh")!.TextContent);
        Assert.Equal(Facts.Categories.ToDictionary(c => c.Name, c => published.Count(m => m.Category == c.Id)), Table("theo-linh-vuc"));
        Assert.Equal(
            Facts.Units.Select(u => u.Kind).Distinct().ToDictionary(VietnameseText.UnitKind, k => published.Count(m => Facts.Unit(m.Unit).Kind == k)),
            Table("theo-loai-hinh"));
        Assert.Equal(Facts.Units.ToDictionary(u => u.Name, u => published.Count(m => m.Unit == u.Id)), Table("theo-don-vi"));
        var years = Table("theo-nam").Where(y => y.Value > 0).ToDictionary();
        Assert.Equal(published.GroupBy(m => m.Year).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Count()), years);
        var awards = published.SelectMany(m => m.AwardKinds).ToList();
        Assert.Equal(awards.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#tong-khen-thuong")!.TextContent);
        Assert.Equal(
            new Dictionary<string, int> { ["Bằng khen"] = awards.Count(a => a == "bang-khen"), ["Giấy khen"] = awards.Count(a => a == "giay-khen"), ["Thư khen"] = awards.Count(a => a == "thu-khen") },
            Table("khen-thuong"));

        foreach (var form in Facts.FormIds)
        {
            var missing = page.QuerySelectorAll($"#chua-co-{form} .missing-list > li > a:first-child").Select(a => a.TextContent);
            Assert.Equal(Facts.MissingFrom(form).Select(u => u.Name), missing);
        }
    }

    [Fact]
    public void Every_chart_is_an_image_named_like_its_table_with_the_table_beside_it()
    {
        using var page = Page(Output, "thong-ke/index.html");
        var sections = page.QuerySelectorAll("section.stat").Where(s => s.QuerySelector("svg") is not null).ToList();
        Assert.Equal(6, sections.Count);
        foreach (var section in sections)
        {
            var svg = section.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = page.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
            Assert.Equal(section.QuerySelector("h2")!.TextContent, title.TextContent);
            Assert.Equal(section.QuerySelectorAll("table tbody tr").Length, svg.QuerySelectorAll("g").Length);
        }

        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public void The_forms_and_statistics_are_linked_from_the_home_page_the_forms_index_and_every_unit_page()
    {
        using var home = Page(Output, "index.html");
        var homeLinks = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(SampleSite.SubPath + "thong-ke/", homeLinks);
        using var index = Page(Output, "bieu-mau/index.html");
        var indexLinks = index.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var form in Facts.FormIds)
        {
            Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}/", homeLinks);
            Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}/", indexLinks);
            Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}.csv", indexLinks);
            Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}.xlsx", indexLinks);
        }

        foreach (var unit in Facts.Units)
        {
            using var page = Page(Output, $"don-vi/{unit.Id}/index.html");
            var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
            foreach (var form in Facts.FormIds)
            {
                Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}/{unit.Id}/", links);
                Assert.Contains($"{SampleSite.SubPath}bieu-mau/{form}/{unit.Id}.csv", links);
            }
        }
    }
}

/// <summary>On the sample content (content/), built under /mo-hinh/.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleFormOutputTests(SampleSite site) : FormOutputTests
{
    private static readonly ContentFacts SampleFacts = ContentFacts.FromFolder(RepoPaths.Content);

    protected override string Output => site.Output;

    protected override ContentFacts Facts => SampleFacts;
}

/// <summary>On the generated tree of <see cref="FormsContent"/>: hostile text, units with nothing, drafts on forms.</summary>
public sealed class GeneratedFormOutputTests(GeneratedFormsSite site) : FormOutputTests, IClassFixture<GeneratedFormsSite>
{
    protected override string Output => site.Output;

    protected override ContentFacts Facts => site.Facts;
}
