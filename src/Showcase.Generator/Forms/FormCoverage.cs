using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// Who is on a form: every unit with its number of rows, and the units that have no record on it yet
/// ("Đơn vị chưa có mô hình"), so the Board can chase them.
/// </summary>
public sealed record FormCoverage(Form Form, string Link, string CsvLink, string XlsxLink, int RowCount, IReadOnlyList<UnitFormEntry> Units)
{
    public IReadOnlyList<UnitFormEntry> Reporting => Units.Where(u => u.RowCount > 0).ToList();
    public IReadOnlyList<UnitFormEntry> Missing => Units.Where(u => u.RowCount == 0).ToList();
    public int ReportingCount => Units.Count(u => u.RowCount > 0);
    public int MissingCount => Units.Count(u => u.RowCount == 0);

    public static IReadOnlyList<FormCoverage> Of(SiteModel site)
    {
        var b = site.BaseUrl;
        return site.Forms.Select(form =>
        {
            var counts = form.Models.GroupBy(m => m.Unit).ToDictionary(g => g.Key, g => g.Count());
            var units = site.Units
                .Select(u => new UnitFormEntry(u, counts.GetValueOrDefault(u), b.Link(Urls.UnitForm(form.Id, u.Id)),
                    b.Link(Urls.UnitFormCsv(form.Id, u.Id)), b.Link(Urls.UnitFormXlsx(form.Id, u.Id))))
                .ToList();
            return new FormCoverage(form, form.Link, form.CsvLink, b.Link(Urls.FormXlsx(form.Id)), form.ModelCount, units);
        }).ToList();
    }
}
