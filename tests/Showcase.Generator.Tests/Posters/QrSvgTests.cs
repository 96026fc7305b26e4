using Showcase.Generator.Posters;

namespace Showcase.Generator.Tests.Posters;

public sealed class QrSvgTests
{
    [Fact]
    public void A_qr_code_is_a_square_svg_path_and_the_same_text_gives_the_same_bytes()
    {
        var one = QrSvg.Render("https://example.gov.vn/mo-hinh/don-vi/van-phong/", "Mã QR <của> đơn vị").Html;
        var two = QrSvg.Render("https://example.gov.vn/mo-hinh/don-vi/van-phong/", "Mã QR <của> đơn vị").Html;
        Assert.Equal(one, two);
        var document = System.Xml.Linq.XDocument.Parse(one);
        var viewBox = document.Root!.Attribute("viewBox")!.Value.Split(' ');
        Assert.Equal(viewBox[2], viewBox[3]);
        Assert.Equal("Mã QR <của> đơn vị", document.Root.Attribute("aria-label")!.Value);
        Assert.NotEqual(one, QrSvg.Render("https://example.gov.vn/mo-hinh/don-vi/phuong-1/", "x").Html);
    }

    [Fact]
    public void The_path_draws_exactly_the_dark_modules_of_the_code()
    {
        const string text = "https://example.gov.vn/mo-hinh/don-vi/van-phong-thanh-uy/";
        var svg = System.Xml.Linq.XDocument.Parse(QrSvg.Render(text, "QR").Html);
        var d = svg.Root!.Elements().Single(e => e.Name.LocalName == "path").Attribute("d")!.Value;
        var drawn = new HashSet<(int X, int Y)>();
        foreach (System.Text.RegularExpressions.Match run in System.Text.RegularExpressions.Regex.Matches(d, @"M(\d+) (\d+)h(\d+)v1h-(\d+)z"))
        {
            int x = int.Parse(run.Groups[1].Value), y = int.Parse(run.Groups[2].Value), n = int.Parse(run.Groups[3].Value);
            Assert.Equal(n, int.Parse(run.Groups[4].Value));
            for (var i = 0; i < n; i++)
            {
                Assert.True(drawn.Add((x + i, y)), $"module {x + i},{y} drawn twice");
            }
        }

        using var data = QRCoder.QRCodeGenerator.GenerateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var dark = new HashSet<(int X, int Y)>();
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
        {
            for (var x = 0; x < data.ModuleMatrix[y].Length; x++)
            {
                if (data.ModuleMatrix[y][x])
                {
                    dark.Add((x, y));
                }
            }
        }

        Assert.True(dark.SetEquals(drawn), $"{dark.Count} dark modules, {drawn.Count} drawn");
        Assert.Equal($"0 0 {data.ModuleMatrix.Count} {data.ModuleMatrix.Count}", svg.Root.Attribute("viewBox")!.Value);
    }
}
