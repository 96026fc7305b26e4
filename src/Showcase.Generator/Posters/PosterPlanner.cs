using Showcase.Generator.Build;
using Showcase.Generator.Site;

namespace Showcase.Generator.Posters;

/// <summary>
/// <see cref="SiteModel"/> → the printable posters of every code of conduct: one page per size its file lists, at
/// <c>/chuan-muc/&lt;unit-id&gt;/&lt;size&gt;/</c>, with the layout <c>print-poster</c> (no site chrome, not in the
/// sitemap). Sizes a file does not list are not planned.
/// </summary>
public static class PosterPlanner
{
    public const string Layout = "print-poster";

    /// <param name="cache">Keeps each code of conduct's text fit and QR code for the next build (serve); null for none.</param>
    public static IReadOnlyList<Page> Plan(SiteModel site, Build.BuildCache? cache = null)
    {
        var pages = new List<Page>();
        foreach (var standards in site.Standards)
        {
            var sizes = cache.MemoOrCompute(
                "poster-fit",
                () => string.Join('\n', [standards.Title, standards.DecisionLine ?? string.Empty, .. standards.Items]),
                () => PosterTextFit.Fit(standards.Title, standards.Items, standards.DecisionLine));
            var qrTarget = site.BaseUrl.Origin.Length == 0 ? null : site.BaseUrl.Absolute(Urls.Unit(standards.Unit.Id));
            var qrLabel = $"Mã QR: trang của {standards.Unit.Name} trên trang web";
            var qr = qrTarget is null ? null : cache.MemoOrCompute("poster-qr", () => qrTarget + "\n" + qrLabel, () => QrSvg.Render(qrTarget, qrLabel));
            foreach (var link in standards.Posters)
            {
                var size = PosterSize.Find(link.Size) ?? throw new InvalidOperationException($"unknown poster size {link.Size}");
                var url = Urls.Poster(standards.Unit.Id, size.Id);
                var poster = new PosterPage
                {
                    Size = size,
                    Organization = site.Config.Organization,
                    UnitName = standards.Unit.Name,
                    Title = standards.Title,
                    Items = standards.Items,
                    DecisionLine = standards.DecisionLine,
                    DatedLine = DatedLine(site.Config.Place, standards.DecisionDateText ?? VietnameseText.LongDate(site.Today)),
                    TextSizes = sizes,
                    Assets = Urls.ToRoot(url) + Urls.Asset(string.Empty),
                    StandardsLink = "../",
                    Qr = qr,
                };
                pages.Add(new Page
                {
                    Url = url,
                    Layout = Layout,
                    Title = $"{standards.Title}: {standards.Unit.Name} (khung {size.Label})",
                    Description = string.Join("; ", standards.Items),
                    SourcePath = standards.SourcePath,
                    Section = "chuan-muc",
                    InSitemap = false,
                    Data = new Dictionary<string, object?> { ["poster"] = poster },
                });
            }
        }

        return pages;
    }

    /// <summary>Each poster page and the PDF printed from it, as output paths.</summary>
    public static IReadOnlyList<PosterPdfJob> PdfJobs(SiteModel site) =>
        site.Standards
            .SelectMany(s => s.Posters.Select(p => new PosterPdfJob(
                Urls.FileOf(Urls.Poster(s.Unit.Id, p.Size)), Urls.PosterPdf(s.Unit.Id, p.Size), PosterSize.Find(p.Size)!)))
            .OrderBy(j => j.PdfPath, StringComparer.Ordinal)
            .ToList();

    /// <summary>"Bảo Lộc, ngày 01 tháng 03 năm 2024"; without a place, "Ngày 01 tháng 03 năm 2024".</summary>
    private static string DatedLine(string place, string date) =>
        place.Length > 0 ? $"{place}, {date}" : char.ToUpperInvariant(date[0]) + date[1..];

}
