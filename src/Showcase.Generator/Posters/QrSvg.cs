using System.Globalization;
using System.Text;
using QRCoder;
using Showcase.Generator.Rendering;

namespace Showcase.Generator.Posters;

/// <summary>
/// A QR code as a small inline SVG: one path of dark runs on a white square with the quiet zone, sized by CSS.
/// Deterministic: the same text gives the same bytes.
/// </summary>
public static class QrSvg
{
    public static TrustedHtml Render(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        return new TrustedHtml(string.Create(
            CultureInfo.InvariantCulture,
            $"<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{Html.Escape(label)}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"));
    }
}
