namespace Showcase.Generator.Site;

/// <summary>
/// <see cref="SiteModel"/> → the HTML pages of the URL contract (home, lists, models, fields, units, years, codes of
/// conduct, search, 404). Posters and forms plan their own pages in their folders.
/// </summary>
public static class PagePlanner
{
    private const int HomeNewest = 8;

    public static IReadOnlyList<Page> Plan(SiteModel site)
    {
        var b = site.BaseUrl;
        var home = new Crumb("Trang chủ", b.Link(Urls.Home));
        var pages = new List<Page>
        {
            new()
            {
                Url = Urls.Home, Layout = "home", Title = site.Config.Title, Section = "trang-chu",
                Description = $"{site.Config.Organization}: {site.Models.Count} mô hình hay, cách làm hiệu quả trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                ImageLink = site.WeekStory?.ImageLink,
                Data = new Dictionary<string, object?>
                {
                    ["week_story"] = site.WeekStory,
                    ["week_story_is_current"] = site.WeekStoryIsCurrent,
                    ["newest"] = site.Models.Take(HomeNewest).ToList(),
                },
            },
        };

        var modelsCrumb = new Crumb("Mô hình", b.Link(Urls.Models));
        pages.AddRange(Paged(site, site.Models, Urls.Models, "list", "Tất cả mô hình", "mo-hinh", [home],
            "Tất cả mô hình hay, cách làm hiệu quả, mới nhất trước.", new Dictionary<string, object?>()));

        foreach (var model in site.Models)
        {
            pages.Add(new Page
            {
                Url = model.Url, Layout = "model", Title = model.Title, Description = model.Summary, ImageLink = model.ImageLink,
                SourcePath = model.SourcePath, Section = "mo-hinh",
                Breadcrumbs = [home, modelsCrumb, new Crumb(model.Category.Name, model.Category.Link)],
                Data = new Dictionary<string, object?>
                {
                    ["model"] = model,
                    ["related"] = model.Category.Models.Where(m => m != model).Take(4).ToList(),
                },
            });
        }

        var categoriesCrumb = new Crumb("Lĩnh vực", b.Link(Urls.Categories));
        pages.Add(new Page { Url = Urls.Categories, Layout = "categories", Title = "Lĩnh vực", Section = "linh-vuc", Breadcrumbs = [home], Description = "Các lĩnh vực của mô hình hay, cách làm hiệu quả." });
        foreach (var category in site.Categories)
        {
            pages.AddRange(Paged(site, category.Models, category.Url, "list", $"Lĩnh vực: {category.Name}", "linh-vuc", [home, categoriesCrumb],
                category.Description ?? $"Các mô hình thuộc lĩnh vực {category.Name}.", new Dictionary<string, object?> { ["category"] = category }));
        }

        var unitsCrumb = new Crumb("Đơn vị", b.Link(Urls.Units));
        pages.Add(new Page { Url = Urls.Units, Layout = "units", Title = "Đơn vị", Section = "don-vi", Breadcrumbs = [home], Description = "Các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể." });
        foreach (var unit in site.Units)
        {
            pages.AddRange(Paged(site, unit.Models, unit.Url, "unit", unit.Name, "don-vi", [home, unitsCrumb],
                $"{unit.Name} ({unit.KindName}): {unit.ModelCount} mô hình hay, cách làm hiệu quả.", new Dictionary<string, object?> { ["unit"] = unit, ["unit_forms"] = Forms.UnitFormLink.For(site, unit) }));
        }

        var yearsCrumb = new Crumb("Năm", b.Link(Urls.Years));
        pages.Add(new Page { Url = Urls.Years, Layout = "years", Title = "Mô hình theo năm", Section = "nam", Breadcrumbs = [home], Description = "Mô hình hay, cách làm hiệu quả theo năm bắt đầu thực hiện." });
        foreach (var year in site.Years)
        {
            pages.AddRange(Paged(site, year.Models, year.Url, "list", $"Mô hình năm {year.Year}", "nam", [home, yearsCrumb],
                $"Các mô hình bắt đầu hoặc đăng ký năm {year.Year}.", new Dictionary<string, object?> { ["year"] = year }));
        }

        var standardsCrumb = new Crumb("Chuẩn mực đạo đức", b.Link(Urls.AllStandards));
        pages.Add(new Page
        {
            Url = Urls.AllStandards, Layout = "standards-index", Title = "Chuẩn mực đạo đức", Section = "chuan-muc", Breadcrumbs = [home],
            Description = "Chuẩn mực đạo đức của cán bộ, đảng viên từng đơn vị, để niêm yết và in khung.",
        });
        foreach (var standards in site.Standards)
        {
            pages.Add(new Page
            {
                Url = standards.Url, Layout = "standards", Title = $"{standards.Title}: {standards.Unit.Name}", Section = "chuan-muc",
                SourcePath = standards.SourcePath, Breadcrumbs = [home, standardsCrumb],
                Description = string.Join("; ", standards.Items),
                Data = new Dictionary<string, object?> { ["standards"] = standards },
            });
        }

        pages.Add(new Page
        {
            Url = Urls.Search, Layout = "search", Title = "Tìm kiếm", Section = "tim-kiem", Breadcrumbs = [home],
            Description = "Tìm mô hình, đơn vị, chuẩn mực đạo đức; gõ có dấu hoặc không dấu đều được.",
        });
        pages.Add(new Page { Url = Urls.NotFound, Layout = "404", Title = "Không tìm thấy trang", InSitemap = false, Breadcrumbs = [home] });
        return pages;
    }

    private static IEnumerable<Page> Paged(
        SiteModel site, IReadOnlyList<Model> models, string listUrl, string layout, string title, string section,
        IReadOnlyList<Crumb> crumbs, string description, IReadOnlyDictionary<string, object?> data)
    {
        foreach (var (pager, items, url) in Pager.Split(models, site.PageSize, listUrl, site.BaseUrl))
        {
            var pageData = new Dictionary<string, object?>(data) { ["models"] = items, ["pager"] = pager };
            yield return new Page
            {
                Url = url, Layout = layout, Section = section, Breadcrumbs = crumbs, Description = description, Data = pageData,
                Title = pager.Number > 1 ? $"{title} (trang {pager.Number})" : title,
            };
        }
    }
}
