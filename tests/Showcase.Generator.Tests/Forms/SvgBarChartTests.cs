using System.Globalization;
using AngleSharp.Html.Parser;
using Showcase.Generator.Forms;

namespace Showcase.Generator.Tests.Forms;

/// <summary>A chart is one accessible image, its bars in proportion, its labels escaped.</summary>
public sealed class SvgBarChartTests
{
    private static AngleSharp.Dom.IElement Svg(params CountRow[] rows)
    {
        var html = SvgBarChart.Render("c", "Mô hình theo <lĩnh vực>", rows).Html;
        return new HtmlParser().ParseDocument($"<body>{html}</body>").QuerySelector("svg")!;
    }

    [Fact]
    public void It_is_one_image_named_by_its_title()
    {
        var svg = Svg(new CountRow("A", null, 1, "100%"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("c-tieu-de", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Mô hình theo <lĩnh vực>", svg.QuerySelector("#c-tieu-de")!.TextContent);
    }

    [Fact]
    public void Bars_are_in_proportion_to_the_counts_and_zero_has_no_bar()
    {
        var svg = Svg(new CountRow("Bốn", null, 4, "50%"), new CountRow("Hai", null, 2, "25%"), new CountRow("Không", null, 0, "0%"), new CountRow("Hai nữa", null, 2, "25%"));
        var widths = svg.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([400, 200, 200], widths);
        Assert.Equal(["4", "2", "0", "2"], svg.QuerySelectorAll(".chart-value").Select(t => t.TextContent));
    }

    [Fact]
    public void Labels_are_escaped_and_long_ones_shortened_with_the_full_label_in_the_tooltip()
    {
        var label = "<script>alert(1)</script> Đảng bộ Trung tâm Văn hóa - Thông tin và Thể thao thành phố";
        var svg = Svg(new CountRow(label, null, 3, "100%"));
        Assert.Empty(svg.QuerySelectorAll("script"));
        Assert.Equal($"{label}: 3", svg.QuerySelector("g > title")!.TextContent);
        var shown = svg.QuerySelector(".chart-label")!.TextContent;
        Assert.EndsWith("…", shown);
        Assert.True(shown.Length <= 34);
    }
}
