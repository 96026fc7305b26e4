using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// The pages of the forms feature: <c>bieu-mau/</c> (the index), each form for the whole site and for every unit
/// (printable, layout <c>print-form</c>, without the site's chrome), and <c>thong-ke/</c> (statistics).
/// </summary>
public static class FormPagePlanner
{
    /// <summary>The layouts of the pages this planner makes (the forms' index, statistics, one page per form table).</summary>
    public static readonly IReadOnlySet<string> Layouts = new HashSet<string>(["forms-index", "statistics", "print-form"], StringComparer.Ordinal);

    public static IReadOnlyList<Page> Plan(SiteModel site)
    {
        var b = site.BaseUrl;
        var home = new Crumb("Trang chủ", b.Link(Urls.Home));
        var pages = new List<Page>
        {
            new()
            {
                Url = Urls.FormsIndex, Layout = "forms-index", Title = "Biểu mẫu báo cáo", Section = "bieu-mau", Breadcrumbs = [home],
                Description = "Các biểu mẫu thống kê, đăng ký, giới thiệu mô hình hay, cách làm hiệu quả: tổng hợp và của từng đơn vị, để in, tải CSV hoặc Excel.",
                Data = new Dictionary<string, object?> { ["forms"] = FormCoverage.Of(site) },
            },
            new()
            {
                Url = Urls.Statistics, Layout = "statistics", Title = "Thống kê", Section = "thong-ke", Breadcrumbs = [home],
                Description = "Số mô hình theo lĩnh vực, loại hình đơn vị, đơn vị, năm; khen thưởng; các đơn vị chưa có mô hình trên từng biểu mẫu.",
                Data = new Dictionary<string, object?> { ["stats"] = StatisticsBuilder.Build(site) },
            },
        };

        foreach (var table in FormTableBuilder.Build(site))
        {
            pages.Add(new Page
            {
                Url = table.Url, Layout = "print-form", Title = table.PageTitle, Section = "bieu-mau",
                Description = $"{table.Form.Title} {table.Form.Subtitle}".Trim(),
                InSitemap = !table.IsUnit,
                Data = new Dictionary<string, object?> { ["table"] = table },
            });
        }

        return pages;
    }
}
