using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Showcase.Generator.Posters;

/// <summary>
/// The little the build needs to know of a PDF that Chromium printed: how many pages and how large, read from its
/// uncompressed page tree; and the same PDF with its creation and modification dates set to the build's, so a
/// rebuild of the same content gives the same bytes.
/// </summary>
public static partial class PdfFile
{
    public const double PointsPerMm = 72 / 25.4;

    /// <summary>A PDF's page count and the size of its first page in points, or null when it is not a PDF we can read.</summary>
    public sealed record Facts(int Pages, double WidthPt, double HeightPt)
    {
        public double WidthMm => WidthPt / PointsPerMm;

        public double HeightMm => HeightPt / PointsPerMm;
    }

    public static Facts? Inspect(byte[] pdf)
    {
        if (pdf.Length < 8 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return null;
        }

        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Count(text);
        var box = MediaBox().Match(text);
        if (pages == 0 || !box.Success)
        {
            return null;
        }

        double Number(int group) => double.Parse(box.Groups[group].Value, CultureInfo.InvariantCulture);
        return new Facts(pages, Number(3) - Number(1), Number(4) - Number(2));
    }

    /// <summary>The PDF with every <c>/CreationDate</c> and <c>/ModDate</c> set to <paramref name="date"/> (same length, so offsets hold).</summary>
    public static byte[] WithDate(byte[] pdf, DateOnly date)
    {
        var stamp = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        var result = (byte[])pdf.Clone();
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match match in DateField().Matches(text))
        {
            stamp.CopyTo(result, match.Groups[1].Index);
        }

        return result;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\(D:(\d{14})")]
    private static partial Regex DateField();
}
