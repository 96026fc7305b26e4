using Showcase.Generator.Site;

namespace Showcase.Generator.Forms;

/// <summary>A form as a unit's page links to it: the unit's own copy, its CSV and workbook, and how many rows it has.</summary>
public sealed record UnitFormLink(Form Form, int RowCount, string Link, string CsvLink, string XlsxLink)
{
    public static IReadOnlyList<UnitFormLink> For(SiteModel site, Unit unit)
    {
        var b = site.BaseUrl;
        return site.Forms
            .Select(f => new UnitFormLink(f, unit.Models.Count(m => m.Forms.Contains(f)), b.Link(Urls.UnitForm(f.Id, unit.Id)),
                b.Link(Urls.UnitFormCsv(f.Id, unit.Id)), b.Link(Urls.UnitFormXlsx(f.Id, unit.Id))))
            .ToList();
    }
}
