namespace Showcase.Generator.Site;

/// <summary>
/// The URL contract of shared/content-format.md, as paths relative to base_url. Every page is a folder with an
/// index.html; change nothing here without changing the contract.
/// </summary>
public static class Urls
{
    public const string Home = "";
    public const string Models = "mo-hinh/";
    public const string Categories = "linh-vuc/";
    public const string Units = "don-vi/";
    public const string Years = "nam/";
    public const string AllStandards = "chuan-muc/";
    public const string FormsIndex = "bieu-mau/";
    public const string Statistics = "thong-ke/";
    public const string Search = "tim-kiem/";
    public const string SearchManifest = "search/manifest.json";
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string NotFound = "404.html";

    public static string Model(string slug) => $"mo-hinh/{slug}/";

    public static string Category(string id) => $"linh-vuc/{id}/";

    public static string Unit(string id) => $"don-vi/{id}/";

    public static string Year(int year) => $"nam/{year}/";

    public static string Standards(string unitId) => $"chuan-muc/{unitId}/";

    public static string Poster(string unitId, string size) => $"chuan-muc/{unitId}/{size}/";

    public static string PosterPdf(string unitId, string size) => $"chuan-muc/{unitId}/{size}.pdf";

    public static string Form(string formId) => $"bieu-mau/{formId}/";

    public static string FormCsv(string formId) => $"bieu-mau/{formId}.csv";

    public static string UnitForm(string formId, string unitId) => $"bieu-mau/{formId}/{unitId}/";

    public static string UnitFormCsv(string formId, string unitId) => $"bieu-mau/{formId}/{unitId}.csv";

    /// <summary>Beyond the contract (an addition it allows): the form as an Excel workbook.</summary>
    public static string FormXlsx(string formId) => $"bieu-mau/{formId}.xlsx";

    public static string UnitFormXlsx(string formId, string unitId) => $"bieu-mau/{formId}/{unitId}.xlsx";

    public static string Media(string path) => path;

    public static string Asset(string path) => $"assets/{path}";

    /// <summary>The way back to the site's root from a folder under it: "chuan-muc/x/40x60/" → "../../../", "search" → "../".</summary>
    public static string ToRoot(string folder) =>
        string.Concat(Enumerable.Repeat("../", folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length));

    /// <summary>Page N (1-based) of a paged list: page 1 is the list itself, page N is "trang-N/".</summary>
    public static string Paged(string list, int page) => page <= 1 ? list : $"{list}trang-{page}/";

    /// <summary>The file a page URL is written to: "mo-hinh/x/" → "mo-hinh/x/index.html".</summary>
    public static string FileOf(string url) =>
        url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
}
