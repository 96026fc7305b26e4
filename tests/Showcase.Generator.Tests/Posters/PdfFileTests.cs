using System.Text;
using Showcase.Generator.Posters;

namespace Showcase.Generator.Tests.Posters;

public sealed class PdfFileTests
{
    private static byte[] Pdf(int pages, string mediaBox = "0 0 1134 1700.88") =>
        Encoding.Latin1.GetBytes(
            "%PDF-1.4\n1 0 obj\n<</Creator (HeadlessChrome)\n/CreationDate (D:20261123123833+00'00')\n/ModDate (D:20261123123833+00'00')>>\nendobj\n"
            + "2 0 obj\n<</Type /Pages\n/Count " + pages + ">>\nendobj\n"
            + string.Concat(Enumerable.Range(0, pages).Select(i => $"{3 + i} 0 obj\n<</Type /Page\n/MediaBox [{mediaBox}]>>\nendobj\n"))
            + "%%EOF\n");

    [Fact]
    public void Inspect_reads_the_page_count_and_the_first_page_size()
    {
        var facts = PdfFile.Inspect(Pdf(1));
        Assert.NotNull(facts);
        Assert.Equal(1, facts!.Pages);
        Assert.Equal(400, facts.WidthMm, 0.1);
        Assert.Equal(600, facts.HeightMm, 0.1);
        Assert.Equal(2, PdfFile.Inspect(Pdf(2))!.Pages);
    }

    [Fact]
    public void Inspect_refuses_what_is_not_a_pdf()
    {
        Assert.Null(PdfFile.Inspect(Encoding.ASCII.GetBytes("<html></html>")));
        Assert.Null(PdfFile.Inspect([]));
    }

    [Fact]
    public void WithDate_sets_both_dates_and_keeps_every_offset()
    {
        var original = Pdf(1);
        var stamped = PdfFile.WithDate(original, new DateOnly(2024, 5, 22));
        Assert.Equal(original.Length, stamped.Length);
        var text = Encoding.Latin1.GetString(stamped);
        Assert.Contains("/CreationDate (D:20240522000000+00'00')", text);
        Assert.Contains("/ModDate (D:20240522000000+00'00')", text);
        Assert.DoesNotContain("2026", text);
    }
}
