using System.Globalization;
using System.Text;
using Showcase.Generator.Rendering;

namespace Showcase.Generator.Forms;

/// <summary>
/// Counts → a horizontal bar chart as inline SVG, drawn at build time (no JavaScript). The chart is one image to
/// assistive technology (<c>role="img"</c>, named by its <c>&lt;title&gt;</c>); the table beside it is the
/// accessible source of the numbers. Long labels are shortened with "…"; each bar's tooltip has the full label.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 720;
    private const int LabelWidth = 260;
    private const int BarArea = 400;
    private const int RowHeight = 28;
    private const int BarHeight = 18;
    private const int Padding = 8;
    private const int MaxLabelChars = 34;

    public static TrustedHtml Render(string id, string title, IReadOnlyList<CountRow> rows)
    {
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var height = (rows.Count * RowHeight) + (2 * Padding);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-tieu-de\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-tieu-de\">{Html.Escape(title)}</title>"));
        svg.Append(Invariant($"<desc>Biểu đồ cột ngang, {rows.Count} mục; số liệu đầy đủ ở bảng bên cạnh.</desc>"));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var top = Padding + (i * RowHeight);
            var middle = top + (RowHeight / 2);
            var barWidth = max == 0 ? 0 : Math.Round((double)row.Count / max * BarArea, 1);
            svg.Append("<g>");
            svg.Append(Invariant($"<title>{Html.Escape(row.Label)}: {row.Count}</title>"));
            svg.Append(Invariant($"<text class=\"chart-label\" x=\"{LabelWidth - 10}\" y=\"{middle}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"13\" fill=\"#1f2328\">{Html.Escape(Shorten(row.Label))}</text>"));
            if (barWidth > 0)
            {
                svg.Append(Invariant($"<rect class=\"chart-bar\" x=\"{LabelWidth}\" y=\"{middle - (BarHeight / 2)}\" width=\"{barWidth}\" height=\"{BarHeight}\" rx=\"2\" fill=\"#9b1c1c\"/>"));
            }

            svg.Append(Invariant($"<text class=\"chart-value\" x=\"{LabelWidth + barWidth + 6}\" y=\"{middle}\" dominant-baseline=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">{row.Count}</text>"));
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    private static string Shorten(string label) =>
        label.Length <= MaxLabelChars ? label : label[..(MaxLabelChars - 1)].TrimEnd() + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
