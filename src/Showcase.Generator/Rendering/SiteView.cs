using Showcase.Generator.Site;

namespace Showcase.Generator.Rendering;

/// <summary>What every template sees as <c>site</c>: the site's identity, its lists and the navigation, made once per build.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Organization { get; init; }
    public required string Publisher { get; init; }
    public required string Place { get; init; }
    public required string BasePath { get; init; }
    public required string HomeLink { get; init; }
    public required string Assets { get; init; }
    public required string SearchLink { get; init; }
    public required string SearchManifest { get; init; }
    public required string FeedLink { get; init; }
    public required string DatedLine { get; init; }
    public required string BuildYear { get; init; }
    public required IReadOnlyList<NavItem> Nav { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }
    public required IReadOnlyList<Unit> Units { get; init; }
    public required IReadOnlyList<YearGroup> Years { get; init; }
    public required IReadOnlyList<Form> Forms { get; init; }
    public required IReadOnlyList<Standards> Standards { get; init; }
    public required int ModelCount { get; init; }
    public required string ModelsLink { get; init; }
    public required string CategoriesLink { get; init; }
    public required string UnitsLink { get; init; }
    public required string YearsLink { get; init; }
    public required string StandardsLink { get; init; }
    public required string StatisticsLink { get; init; }
    public required string FormsLink { get; init; }

    public static SiteView From(SiteModel site)
    {
        var b = site.BaseUrl;
        return new SiteView
        {
            Title = site.Config.Title,
            Organization = site.Config.Organization,
            Publisher = site.Config.Publisher,
            Place = site.Config.Place,
            BasePath = b.Path,
            HomeLink = b.Link(Urls.Home),
            Assets = b.Link("assets/"),
            SearchLink = b.Link(Urls.Search),
            SearchManifest = b.Link(Urls.SearchManifest),
            FeedLink = b.Link(Urls.Feed),
            DatedLine = (site.Config.Place.Length > 0 ? site.Config.Place + ", " : string.Empty) + VietnameseText.LongDate(site.Today),
            BuildYear = site.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Nav =
            [
                new NavItem("mo-hinh", "Mô hình", b.Link(Urls.Models)),
                new NavItem("linh-vuc", "Lĩnh vực", b.Link(Urls.Categories)),
                new NavItem("don-vi", "Đơn vị", b.Link(Urls.Units)),
                new NavItem("nam", "Năm", b.Link(Urls.Years)),
                new NavItem("chuan-muc", "Chuẩn mực đạo đức", b.Link(Urls.AllStandards)),
                new NavItem("bieu-mau", "Biểu mẫu", b.Link(Urls.FormsIndex)),
                new NavItem("thong-ke", "Thống kê", b.Link(Urls.Statistics)),
            ],
            Categories = site.Categories,
            Units = site.Units,
            Years = site.Years,
            Forms = site.Forms,
            Standards = site.Standards,
            ModelCount = site.Models.Count,
            ModelsLink = b.Link(Urls.Models),
            CategoriesLink = b.Link(Urls.Categories),
            UnitsLink = b.Link(Urls.Units),
            YearsLink = b.Link(Urls.Years),
            StandardsLink = b.Link(Urls.AllStandards),
            StatisticsLink = b.Link(Urls.Statistics),
            FormsLink = b.Link(Urls.FormsIndex),
        };
    }
}

/// <summary>An entry of the main navigation.</summary>
public sealed record NavItem(string Section, string Title, string Link);
