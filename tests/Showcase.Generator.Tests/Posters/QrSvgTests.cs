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
}
