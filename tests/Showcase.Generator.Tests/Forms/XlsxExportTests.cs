using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Showcase.Generator.Forms;

namespace Showcase.Generator.Tests.Forms;

/// <summary>
/// The workbook of a form, written without a spreadsheet library, checked with one (DocumentFormat.OpenXml):
/// valid SpreadsheetML, the form's rows, printable, and the same bytes on every build.
/// </summary>
public sealed class XlsxExportTests
{
    public static TheoryData<string> Workbooks()
    {
        var empty = GeneratedSite.Facts.MissingFrom("bm1-thu").First().Id;
        return ["bieu-mau/bm1-thu.xlsx", "bieu-mau/bm2-thu.xlsx", "bieu-mau/bm1-thu/dv-01.xlsx", $"bieu-mau/bm1-thu/{empty}.xlsx"];
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_workbook_is_valid_spreadsheetml(string path)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(GeneratedSite.File(path)), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("bm1-thu")]
    [InlineData("bm2-thu")]
    public void Its_rows_are_the_forms_rows_grouped_under_their_units(string formId)
    {
        var rows = SheetRows(GeneratedSite.File($"bieu-mau/{formId}.xlsx"));
        Assert.Equal(FormTable.Columns, rows[XlsxExport.HeaderRow]);
        var form = GeneratedSite.Form(formId);
        Assert.Equal(form.Number, rows[5][0]);
        Assert.Equal(form.Title, rows[6][0]);

        var actual = new List<string>();
        string? unit = null;
        foreach (var (_, cells) in rows.Where(r => r.Key > XlsxExport.HeaderRow).OrderBy(r => r.Key))
        {
            if (!int.TryParse(cells[0], out _))
            {
                unit = cells[1];
                continue;
            }

            actual.Add(unit + " | " + string.Join(" | ", cells));
        }

        var expected = GeneratedSite.Facts.FormRows(formId).Select(r => r.UnitName + " | " + string.Join(" | ", r.Cells)).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_empty_units_workbook_says_so_under_the_header()
    {
        var unit = GeneratedSite.Facts.MissingFrom("bm1-thu").First();
        var rows = SheetRows(GeneratedSite.File($"bieu-mau/bm1-thu/{unit.Id}.xlsx"));
        Assert.Equal("Đơn vị chưa có mô hình, cách làm hay nào trên biểu mẫu này.", rows[XlsxExport.HeaderRow + 1][0]);
        Assert.Equal(unit.Name.ToUpper(new System.Globalization.CultureInfo("vi-VN")), rows[2][0]);
    }

    [Fact]
    public void It_prints_on_a4_landscape_with_the_header_row_on_every_page()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(GeneratedSite.File("bieu-mau/bm1-thu.xlsx")), isEditable: false);
        var setup = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        var titles = document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal("_xlnm.Print_Titles", titles.Name!.Value);
        Assert.Equal("'BIỂU MẪU 1'!$9:$9", titles.Text);
    }

    [Fact]
    public void Two_builds_give_byte_identical_forms_csv_workbooks_and_statistics()
    {
        var again = TestBuild.Generate(GeneratedSite.Content.Text);
        var first = GeneratedSite.Result.Plan!.Files.Where(Ours).ToList();
        var second = again.Plan!.Files.Where(Ours).ToList();
        Assert.True(first.Count > 50);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Content.AsSpan().SequenceEqual(second[i].Content), $"{first[i].Path} differs between two builds");
        }

        using var zip = new ZipArchive(new MemoryStream(GeneratedSite.File("bieu-mau/bm1-thu.xlsx")));
        Assert.All(zip.Entries, e => Assert.Equal(2000, e.LastWriteTime.Year));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));

        static bool Ours(Showcase.Generator.Output.OutputFile f) =>
            f.Path.StartsWith("bieu-mau/", StringComparison.Ordinal) || f.Path.StartsWith("thong-ke/", StringComparison.Ordinal);
    }

    /// <summary>The sheet's text by row number: inline strings and numbers, in column order.</summary>
    private static Dictionary<int, List<string>> SheetRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().ToDictionary(
            r => (int)r.RowIndex!.Value,
            r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList());
    }
}
