using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Showcase.Generator.Posters;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Posters;

/// <summary>Every poster of the sample content and the two hard cases, printed by Chromium, checked with poppler.</summary>
[Collection(PosterSiteCollection.Name)]
public sealed partial class PosterPdfTests(PosterSite site)
{
    private const double ToleranceMm = 0.5;

    [Fact]
    public void Every_listed_size_of_every_code_of_conduct_has_a_pdf_and_no_other()
    {
        var expected = site.Site.Standards.Sum(s => s.Posters.Count);
        Assert.True(site.Jobs.Count == expected && expected >= 20, $"{site.Jobs.Count} jobs for {expected} posters");
        var pdfs = Directory.EnumerateFiles(site.Output, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(site.Jobs.Select(j => j.PdfPath).Order(StringComparer.Ordinal), pdfs);
        Assert.Contains(site.Jobs, j => j.PdfPath == $"chuan-muc/{PosterSite.OneItem}/50x75.pdf");
        Assert.DoesNotContain(site.Jobs, j => j.PdfPath == "chuan-muc/cong-an-thanh-pho/40x60.pdf");
    }

    [Fact]
    public void Every_pdf_is_one_page_of_exactly_its_sheet_size()
    {
        foreach (var job in site.Jobs)
        {
            var info = Poppler.Run("pdfinfo", site.File(job.PdfPath));
            Assert.True(PagesLine().Match(info).Groups[1].Value == "1", $"{job.PdfPath}: {info}");
            var size = PageSizeLine().Match(info);
            var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) / PdfFile.PointsPerMm;
            var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) / PdfFile.PointsPerMm;
            Assert.True(
                Math.Abs(width - job.Size.WidthMm) <= ToleranceMm && Math.Abs(height - job.Size.HeightMm) <= ToleranceMm,
                $"{job.PdfPath}: {width:0.00} × {height:0.00} mm, expected {job.Size.WidthMm} × {job.Size.HeightMm}");
        }
    }

    [Fact]
    public void Every_pdf_embeds_noto_serif_and_no_fallback_font()
    {
        foreach (var job in site.Jobs)
        {
            var fonts = Poppler.Run("pdffonts", site.File(job.PdfPath)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.Contains(fonts, f => f.Contains("NotoSerif-Bold", StringComparison.Ordinal));
            Assert.Contains(fonts, f => f.Contains("NotoSerif-Regular", StringComparison.Ordinal));
            Assert.All(fonts, f => Assert.True(f.Contains("+NotoSerif-", StringComparison.Ordinal) && f.Contains(" yes ", StringComparison.Ordinal), $"{job.PdfPath}: font not Noto Serif or not embedded: {f}"));
        }
    }

    [Fact]
    public void Every_pdf_holds_the_heading_the_title_every_item_and_the_date()
    {
        foreach (var job in site.Jobs)
        {
            var standards = site.StandardsOf(job);
            var text = Flat(Poppler.Run("pdftotext", "-enc", "UTF-8", site.File(job.PdfPath), "-"));
            Assert.Contains(Upper(site.Site.Config.Organization), text);
            Assert.Contains(Upper(standards.Unit.Name), text);
            Assert.Contains(Upper(standards.Title), text);
            foreach (var item in standards.Items)
            {
                Assert.True(text.Contains(Flat(item), StringComparison.Ordinal), $"{job.PdfPath}: item \"{item}\" not in the PDF's text:\n{text}");
            }

            Assert.Contains(site.Site.Config.Place + ", " + (standards.DecisionDateText ?? "ngày 22 tháng 05 năm 2024"), text);
        }
    }

    [Fact]
    public void Every_word_printed_lies_inside_the_box_that_clips_the_text()
    {
        // poster.css: .content is inset 8.5/10/7.5 cqw from the sheet's edges (the inner rule is at 6 cqw). A word
        // whose box crosses it was cut by overflow: hidden; half a millimetre of slack for glyph boxes.
        foreach (var job in site.Jobs)
        {
            var xml = System.Xml.Linq.XDocument.Parse(Poppler.Run("pdftotext", "-bbox", site.File(job.PdfPath), "-").Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", string.Empty));
            System.Xml.Linq.XNamespace x = "http://www.w3.org/1999/xhtml";
            var page = Assert.Single(xml.Descendants(x + "page"));
            var width = (double)page.Attribute("width")!;
            var slack = 0.5 * PdfFile.PointsPerMm;
            var (left, right, top, bottom) = (width * 0.10 - slack, width * 0.90 + slack, width * 0.085 - slack, width * 1.425 + slack);
            var words = page.Descendants(x + "word").ToList();
            Assert.NotEmpty(words);
            foreach (var word in words)
            {
                var (xMin, yMin, xMax, yMax) = ((double)word.Attribute("xMin")!, (double)word.Attribute("yMin")!, (double)word.Attribute("xMax")!, (double)word.Attribute("yMax")!);
                Assert.True(
                    xMin >= left && xMax <= right && yMin >= top && yMax <= bottom,
                    $"{job.PdfPath}: \"{word.Value}\" at ({xMin:0},{yMin:0})–({xMax:0},{yMax:0}) pt crosses the text box ({left:0},{top:0})–({right:0},{bottom:0})");
            }
        }
    }

    [Fact]
    public void Rendered_at_20_dpi_a_poster_is_a_sheet_of_the_right_proportions()
    {
        using var temp = new Infrastructure.TempDirectory("poster-png");
        foreach (var size in PosterSize.All)
        {
            var pdf = site.File($"chuan-muc/{PosterSite.TwelveItems}/{size.Id}.pdf");
            Poppler.Run("pdftoppm", "-r", "20", "-png", "-singlefile", pdf, Path.Combine(temp.Path, size.Id));
            var png = File.ReadAllBytes(Path.Combine(temp.Path, size.Id + ".png"));
            var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
            Assert.InRange(width, Math.Round(size.WidthMm / 25.4 * 20) - 1, Math.Round(size.WidthMm / 25.4 * 20) + 1);
            Assert.Equal(1.5, height / (double)width, 0.02);
        }
    }

    private static string Upper(string text) => Flat(text.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));

    /// <summary>NFC with every run of whitespace as one space: how a wrapped line compares with its source.</summary>
    private static string Flat(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
