using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Tests.Content;

/// <summary>What <c>showcase new</c> writes parses as the format says, and a blank optional slug means "the file's name".</summary>
public sealed class ScaffoldTests
{
    private static readonly UnitRecord Unit = new("van-phong", "Chi bộ \"Văn phòng\"", "dang-doan-the", null, default, default);
    private static readonly CategoryRecord Category = new("an-sinh-xa-hoi", "An sinh xã hội", null, default);

    [Fact]
    public void A_new_model_with_its_summary_filled_parses_with_every_value_it_was_given()
    {
        var text = ContentScaffold.Model("Mỗi tuần \"một\" việc tốt", Unit, Category, 2023, [])
            .Replace("summary: \"\"", "summary: \"Chăm lo cho gia đình chính sách, hộ khó khăn.\"", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var model = ModelParser.Parse(new SourceFile("models/2023/moi-tuan-mot-viec-tot.md", text), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(model);
        Assert.Equal("Mỗi tuần \"một\" việc tốt", model.Title);
        Assert.Equal(("van-phong", "an-sinh-xa-hoi", 2023, false), (model.Unit.Id, model.Category.Id, model.Year, model.Draft));
        Assert.Equal("moi-tuan-mot-viec-tot", model.Slug);
        Assert.Equal(string.Empty, model.Body.Trim());
    }

    [Fact]
    public void A_new_standards_file_asks_for_its_items()
    {
        var diagnostics = new DiagnosticBag();
        ContentParser.Parse(MiniSite.Source(MiniSite.Minimal, $"-- standards/van-phong.yaml --\n{ContentScaffold.Standards(Unit)}"), diagnostics);
        var d = Assert.Single(diagnostics.ToSortedList(), d => d.IsError);
        Assert.Equal(("SG1011", "standards/van-phong.yaml"), (d.Code, d.Span.Path));
    }

    [Fact]
    public void A_blank_slug_falls_back_to_the_file_name()
    {
        var result = TestBuild.Check(MiniSite.Minimal, "-- models/2024/viec-tot.md --\n---\ntitle: \"Việc tốt\"\nsummary: \"Chăm lo cho gia đình chính sách, hộ khó khăn.\"\nunit: van-phong\ncategory: an-sinh-xa-hoi\nyear: 2024\nslug:\n---\n\nCâu chuyện.");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal("viec-tot", Assert.Single(result.Site!.Models).Slug);
    }
}
