using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>
/// <see cref="SiteModel"/> → <see cref="FormTable"/>s: each form for the whole site and for every unit (even a unit
/// with nothing on it yet, so it can see so). Units in Vietnamese alphabetical order; a unit's rows by year, then
/// title, then source path; rows numbered from 1 within their unit, so a unit's own table is exactly its part of
/// the site-wide one.
/// </summary>
public static class FormTableBuilder
{
    private const string Blank = ".....";

    public static IReadOnlyList<FormTable> Build(SiteModel site)
    {
        var tables = new List<FormTable>();
        foreach (var form in site.Forms)
        {
            var rows = RowsByUnit(form);
            tables.Add(SiteWide(site, form, rows));
            tables.AddRange(site.Units.Select(unit => ForUnit(site, form, unit, rows)));
        }

        return tables;
    }

    public static FormTable SiteWide(SiteModel site, Form form) => SiteWide(site, form, RowsByUnit(form));

    public static FormTable ForUnit(SiteModel site, Form form, Unit unit) => ForUnit(site, form, unit, RowsByUnit(form));

    private static FormTable SiteWide(SiteModel site, Form form, IReadOnlyDictionary<Unit, IReadOnlyList<FormRow>> rows)
    {
        var b = site.BaseUrl;
        var groups = site.Units.Where(rows.ContainsKey)
            .Select((unit, i) => new FormGroup(RomanNumeral.Of(i + 1), unit, b.Link(Urls.UnitForm(form.Id, unit.Id)), rows[unit]))
            .ToList();
        var publisher = site.Config.Publisher.Trim();
        return new FormTable
        {
            Form = form,
            Groups = groups,
            OrganizationLine = Upper(site.Config.Organization),
            IssuerLine = Upper(publisher.Length > 0 ? publisher : "Tổng hợp các đơn vị"),
            DatedLine = DatedLine(site),
            Url = Urls.Form(form.Id),
            CsvPath = Urls.FormCsv(form.Id),
            XlsxPath = Urls.FormXlsx(form.Id),
            Link = b.Link(Urls.Form(form.Id)),
            CsvLink = b.Link(Urls.FormCsv(form.Id)),
            XlsxLink = b.Link(Urls.FormXlsx(form.Id)),
            SiteWideLink = b.Link(Urls.Form(form.Id)),
        };
    }

    private static FormTable ForUnit(SiteModel site, Form form, Unit unit, IReadOnlyDictionary<Unit, IReadOnlyList<FormRow>> rows)
    {
        var b = site.BaseUrl;
        var url = Urls.UnitForm(form.Id, unit.Id);
        return new FormTable
        {
            Form = form,
            Unit = unit,
            Groups = [new FormGroup(RomanNumeral.Of(1), unit, b.Link(url), rows.GetValueOrDefault(unit) ?? [])],
            OrganizationLine = Upper(site.Config.Organization),
            IssuerLine = Upper(unit.Name),
            DatedLine = DatedLine(site),
            Url = url,
            CsvPath = Urls.UnitFormCsv(form.Id, unit.Id),
            XlsxPath = Urls.UnitFormXlsx(form.Id, unit.Id),
            Link = b.Link(url),
            CsvLink = b.Link(Urls.UnitFormCsv(form.Id, unit.Id)),
            XlsxLink = b.Link(Urls.UnitFormXlsx(form.Id, unit.Id)),
            SiteWideLink = b.Link(Urls.Form(form.Id)),
        };
    }

    private static Dictionary<Unit, IReadOnlyList<FormRow>> RowsByUnit(Form form) =>
        form.Models
            .GroupBy(m => m.Unit)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<FormRow>)g
                    .OrderBy(m => m.Year)
                    .ThenBy(m => m.Title, VietnameseText.Collation)
                    .ThenBy(m => m.SourcePath, StringComparer.Ordinal)
                    .Select((m, i) => new FormRow(i + 1, m.Title, m.Summary, m.Implementer, m.Note ?? string.Empty, m.Link, m.SourcePath))
                    .ToList());

    private static string Upper(string text) => text.ToUpper(VietnameseText.Culture);

    private static string DatedLine(SiteModel site)
    {
        var place = site.Config.Place.Trim();
        return place.Length > 0 ? $"{place}, ngày {Blank} tháng {Blank} năm {Blank}" : $"Ngày {Blank} tháng {Blank} năm {Blank}";
    }
}
