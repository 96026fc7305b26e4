using System.Text;
using CsvHelper;
using Showcase.Generator.Forms;
using Showcase.Generator.Site;

namespace Showcase.Generator.Tests.Forms;

/// <summary>The CSV of a form: RFC 4180, UTF-8 with BOM, the same rows as the page, formulas defused.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public void The_site_wide_csv_round_trips_through_CsvHelper_to_the_forms_cells_with_the_unit_first()
    {
        foreach (var (formId, _, _, _) in FormsContent.Forms)
        {
            var (header, records) = Read(GeneratedSite.File($"bieu-mau/{formId}.csv"));
            Assert.Equal([FormTable.UnitColumn, .. FormTable.Columns], header);
            var expected = GeneratedSite.Facts.FormRows(formId)
                .Select(r => new[] { r.UnitName }.Concat(r.Cells.Select(ContentFacts.CsvSafe)).ToArray()).ToList();
            Assert.Equal(expected, records);
        }
    }

    [Fact]
    public void Hostile_cells_survive_commas_quotes_and_line_breaks_and_formulas_get_an_apostrophe()
    {
        var (_, records) = Read(GeneratedSite.File("bieu-mau/bm1-thu.csv"));
        var cells = records.SelectMany(r => r).ToList();
        Assert.Contains(cells, c => c.Contains(',') && c.Contains('"') && c.Contains('\n'));
        Assert.Contains(cells, c => c.StartsWith("'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains("'=1+1", cells);
        Assert.Contains(cells, c => c.StartsWith("'+84 ", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("'-Tổ công tác \"đặc biệt\", phường", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("'@Mô hình", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
    }

    [Fact]
    public void Each_units_csv_has_the_five_columns_and_its_part_of_the_site_wide_rows()
    {
        var (_, siteWide) = Read(GeneratedSite.File("bieu-mau/bm1-thu.csv"));
        var fromUnits = new List<string[]>();
        foreach (var unit in GeneratedSite.Site.Units)
        {
            var (header, records) = Read(GeneratedSite.File($"bieu-mau/bm1-thu/{unit.Id}.csv"));
            Assert.Equal(FormTable.Columns, header);
            fromUnits.AddRange(records.Select(r => new[] { unit.Name }.Concat(r).ToArray()));
        }

        Assert.Equal(siteWide, fromUnits);
    }

    [Fact]
    public void An_empty_units_csv_is_its_header_alone()
    {
        var unit = GeneratedSite.Facts.MissingFrom("bm1-thu").First();
        var bytes = GeneratedSite.File($"bieu-mau/bm1-thu/{unit.Id}.csv");
        Assert.Equal("\uFEFFSố thứ tự,Tên mô hình/ cách làm hay,Nội dung,Tập thể/ cá nhân/ đơn vị thực hiện,Ghi chú\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Csv_is_utf8_with_a_bom_crlf_records_and_rfc4180_quotes()
    {
        var table = Table(("=SUM(A1:A9)", "Nội dung, có \"ngoặc kép\"\nvà xuống dòng", "\tTab", "\rCR"));
        var bytes = CsvExport.Write(table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Số thứ tự,Tên mô hình/ cách làm hay,Nội dung,Tập thể/ cá nhân/ đơn vị thực hiện,Ghi chú\r\n"
            + "1,\"'=SUM(A1:A9)\",\"Nội dung, có \"\"ngoặc kép\"\"\nvà xuống dòng\",\"'\tTab\",\"'\rCR\"\r\n",
            text);
        var (_, records) = Read(bytes);
        Assert.Equal(["1", "'=SUM(A1:A9)", "Nội dung, có \"ngoặc kép\"\nvà xuống dòng", "'\tTab", "'\rCR"], Assert.Single(records));
    }

    private static (string[] Header, List<string[]> Records) Read(byte[] csv)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return (reader.Headers.ToArray(), records);
    }

    /// <summary>A one-unit, one-row form table made by hand, for the cells no content file can carry (tab, CR).</summary>
    private static FormTable Table((string Title, string Content, string Implementer, string Note) row)
    {
        var unit = new Unit { Id = "u", Name = "Đơn vị", Kind = "y-te", KindName = "Y tế", Url = "don-vi/u/", Link = "/don-vi/u/" };
        var form = new Form { Id = "f", Number = "BIỂU MẪU 1", Title = "T", Url = "bieu-mau/f/", Link = "/bieu-mau/f/", CsvLink = "/bieu-mau/f.csv" };
        return new FormTable
        {
            Form = form, Unit = unit,
            Groups = [new FormGroup("I", unit, "/bieu-mau/f/u/", [new FormRow(1, row.Title, row.Content, row.Implementer, row.Note, "/mo-hinh/x/", "models/x.md")])],
            OrganizationLine = "ĐẢNG BỘ", IssuerLine = "ĐƠN VỊ", DatedLine = "ngày", Url = "bieu-mau/f/u/", CsvPath = "bieu-mau/f/u.csv", XlsxPath = "bieu-mau/f/u.xlsx",
            Link = "/bieu-mau/f/u/", CsvLink = "/bieu-mau/f/u.csv", XlsxLink = "/bieu-mau/f/u.xlsx", SiteWideLink = "/bieu-mau/f/",
        };
    }
}
