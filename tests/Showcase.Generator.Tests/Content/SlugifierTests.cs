using Showcase.Generator.Content;

namespace Showcase.Generator.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Mỗi tuần làm một việc tốt", "moi-tuan-lam-mot-viec-tot")]
    [InlineData("Đoàn thanh niên – Đường hoa", "doan-thanh-nien-duong-hoa")]
    [InlineData("“3 đúng, 3 sát” trong hoạt động", "3-dung-3-sat-trong-hoat-dong")]
    [InlineData("  Heo đất   tiết kiệm!! ", "heo-dat-tiet-kiem")]
    [InlineData("Ươm mầm xanh", "uom-mam-xanh")]
    public void Vietnamese_titles_fold_to_ascii_slugs(string title, string slug)
    {
        Assert.Equal(slug, Slugifier.Slugify(title));
        Assert.Equal(slug, Slugifier.Slugify(title.Normalize(System.Text.NormalizationForm.FormD)));
        Assert.True(YamlMap.IsSlug(slug));
    }

    [Theory]
    [InlineData("van-phong", true)]
    [InlineData("2024", true)]
    [InlineData("Van-phong", false)]
    [InlineData("van--phong", false)]
    [InlineData("-van", false)]
    [InlineData("văn", false)]
    [InlineData("../x", false)]
    public void Slug_rule_is_lower_case_ascii_digits_and_single_hyphens(string value, bool valid) =>
        Assert.Equal(valid, YamlMap.IsSlug(value));

    [Fact]
    public void A_file_name_that_is_not_a_slug_asks_for_a_rename()
    {
        var d = TestBuild.Check(MiniSite.Minimal, "-- models/2024/Heo đất.md --\n---\ntitle: a\nsummary: \"Tóm tắt đủ dài cho một mô hình thử.\"\nunit: van-phong\ncategory: an-sinh-xa-hoi\nyear: 2024\n---\nx\n").Single("SG1004");
        Assert.Contains("\"heo-dat.md\"", d.Message);
    }

    [Fact]
    public void The_slug_field_sets_the_url()
    {
        var result = TestBuild.Generate(MiniSite.Minimal, "-- models/2024/ten-tep.md --\n---\ntitle: a\nsummary: \"Tóm tắt đủ dài cho một mô hình thử.\"\nunit: van-phong\ncategory: an-sinh-xa-hoi\nyear: 2024\nslug: duong-dan-khac\n---\nx\n");
        Assert.Contains("Tóm tắt đủ dài", result.Html("mo-hinh/duong-dan-khac/index.html"));
    }
}
