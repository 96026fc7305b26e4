using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Forms;

/// <summary>
/// A form long enough to span pages, printed to PDF by Chromium as an office would print it: A4 landscape, the
/// table's header on every page, no row cut in two. The first page is also saved as a PNG under
/// TestResults/forms/ for a person to look at.
/// </summary>
public sealed partial class FormPrintTests(PrintFormsSite site, Chromium chromium) : IClassFixture<PrintFormsSite>, IClassFixture<Chromium>
{
    private const string Form = "bm1-thu";

    [Fact]
    public async Task A_printed_form_is_a4_landscape_with_its_header_on_every_page_and_no_row_cut_in_two()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Server.BaseAddress + $"bieu-mau/{Form}/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("document.fonts.ready");

        var breaks = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('table.form-table tbody tr')].map(r => getComputedStyle(r).breakInside)");
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.Equal("avoid", b));
        Assert.Equal("table-header-group", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('table.form-table thead')).display"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.toolbar')).display"));

        using var temp = new TempDirectory("form-pdf");
        var pdf = temp.Combine("bieu-mau.pdf");
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true });

        var info = Poppler.Run("pdfinfo", pdf);
        var size = PageSize().Match(info);
        Assert.True(size.Success, info);
        Assert.InRange(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), 840, 844);
        Assert.InRange(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), 593, 597);
        var pages = int.Parse(PageCount().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pages >= 3, $"the form should span several pages, it has {pages}");

        var texts = Enumerable.Range(1, pages)
            .Select(p => Whitespace().Replace(Poppler.Run("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-"), " "))
            .ToList();
        for (var p = 0; p < pages; p++)
        {
            foreach (var header in new[] { "Tên mô hình/ cách làm hay", "Nội dung", "Ghi chú" })
            {
                Assert.True(texts[p].Contains(header, StringComparison.Ordinal), $"page {p + 1} lacks the column header '{header}'");
            }

            Assert.Contains($"Trang {p + 1}/{pages}", texts[p], StringComparison.Ordinal);
        }

        var rows = site.Facts.FormRows(Form);
        Assert.True(rows.Count > pages * 3);
        foreach (var row in rows)
        {
            var n = Marker().Match(row.Cells[1]).Groups[1].Value;
            var title = Pages(texts, $"TÊN{n}");
            var start = Pages(texts, $"ĐẦU{n}");
            var end = Pages(texts, $"CUỐI{n}");
            Assert.True(title.Count == 1 && start.SequenceEqual(title) && end.SequenceEqual(title),
                $"row {n} is cut or repeated: name on pages [{string.Join(", ", title)}], content starts on [{string.Join(", ", start)}], ends on [{string.Join(", ", end)}]");
        }

        var png = Path.Combine(RepoPaths.Root, "TestResults", "forms");
        Directory.CreateDirectory(png);
        Poppler.Run("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(png, "bieu-mau-trang-1"));
        Assert.True(new FileInfo(Path.Combine(png, "bieu-mau-trang-1.png")).Length > 1000);
    }

    private static List<int> Pages(List<string> texts, string marker) =>
        texts.Select((t, i) => (t, i)).Where(x => x.t.Contains(marker, StringComparison.Ordinal)).Select(x => x.i + 1).ToList();

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();

    [GeneratedRegex(@"^TÊN(\d{3}) ")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
