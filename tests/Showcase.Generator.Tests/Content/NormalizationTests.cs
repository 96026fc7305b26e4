using System.Text;
using Showcase.Generator.Content;
using Showcase.Generator.Content.Io;

namespace Showcase.Generator.Tests.Content;

/// <summary>Text in NFD (as some editors save it) is the same text as NFC everywhere.</summary>
public sealed class NormalizationTests
{
    [Fact]
    public void Nfd_bytes_with_bom_and_crlf_read_as_nfc_with_lf()
    {
        var nfd = "Mỗi tuần làm một việc tốt\r\nĐoàn".Normalize(NormalizationForm.FormD);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(nfd)).ToArray();
        Assert.Equal("Mỗi tuần làm một việc tốt\nĐoàn", ContentReader.Normalize(bytes));
        Assert.True(ContentReader.Normalize(bytes).IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_model_written_in_nfd_renders_in_nfc_and_references_resolve()
    {
        var model = """
            -- models/2024/nfd.md --
            ---
            title: "Thanh niên tình nguyện Đường hoa"
            summary: "Đoàn thanh niên trồng hoa ven đường, giữ gìn cảnh quan sạch đẹp."
            unit: van-phong
            category: an-sinh-xa-hoi
            year: 2024
            ---

            Câu chuyện của Đoàn thanh niên.
            """.Normalize(NormalizationForm.FormD);
        var result = TestBuild.Generate(MiniSite.Minimal, model);
        var html = result.Html("mo-hinh/nfd/index.html");
        Assert.Contains("Thanh niên tình nguyện Đường hoa", html);
        Assert.Contains("Câu chuyện của Đoàn thanh niên.", html);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Nfd_unit_names_in_units_yaml_are_nfc_in_pages()
    {
        var units = "-- units.yaml --\n- id: van-phong\n  name: \"Chi bộ Văn phòng Thành ủy\"\n  kind: dang-doan-the\n- id: phuong-1\n  name: \"Đảng bộ Phường 1\"\n  kind: xa-phuong-thi-tran\n".Normalize(NormalizationForm.FormD);
        var html = TestBuild.Generate(MiniSite.Minimal, units).Html("don-vi/van-phong/index.html");
        Assert.Contains("<h1>Chi bộ Văn phòng Thành ủy</h1>", html);
    }

    [Fact]
    public void Text_normalizer_is_idempotent_on_nfc() =>
        Assert.Equal("Bảo Lộc", TextNormalizer.Normalize("Bảo Lộc"));
}
