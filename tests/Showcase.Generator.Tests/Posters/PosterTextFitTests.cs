using Showcase.Generator.Posters;

namespace Showcase.Generator.Tests.Posters;

public sealed class PosterTextFitTests
{
    private const string Title = "Chuẩn mực đạo đức cán bộ, đảng viên";

    private static readonly string[] Long = Enumerable.Range(1, 12)
        .Select(i => $"Điều {i}: gần dân, trọng dân, hiểu dân, học dân và có trách nhiệm với dân trong mọi công việc được giao")
        .ToArray();

    [Fact]
    public void One_short_item_stands_large_and_twelve_long_ones_small_but_above_the_floor()
    {
        var one = PosterTextFit.Fit(Title, ["Trung thành"], null);
        var twelve = PosterTextFit.Fit(Title, Long, "Ban hành kèm theo Quyết định số 05-QĐ/CB ngày 01 tháng 03 năm 2024 của Chi bộ Văn phòng Thành ủy");
        Assert.Equal(PosterTextFit.ItemLargest, one.Items);
        Assert.InRange(twelve.Items, PosterTextFit.ItemSmallest, 3);
        Assert.Equal(one.Title, twelve.Title);
    }

    [Fact]
    public void Short_phrases_are_kept_one_to_a_line_when_that_costs_at_most_thirty_percent()
    {
        string[] items = ["Trung thành, trách nhiệm", "Liêm chính, tận tụy", "Gương mẫu, sáng tạo", "Đoàn kết, kỷ cương", "Cần, kiệm, liêm, chính"];
        var size = PosterTextFit.Fit(Title, items, null).Items;
        var perLine = (int)(((PosterTextFit.ItemsWidth / size) - 1.1) / 0.52);
        Assert.All(items, item => Assert.Equal(1, PosterTextFit.Lines(item, perLine)));
    }

    [Fact]
    public void Long_items_that_never_fit_one_to_a_line_get_the_largest_size_that_fits_wrapped()
    {
        var wrapped = PosterTextFit.ItemSize(Long, 70);
        Assert.True(wrapped > PosterTextFit.ItemSmallest, $"{wrapped}");
        Assert.True(PosterTextFit.ItemSize(Long, 80) > wrapped);
    }

    [Fact]
    public void A_long_title_gets_a_smaller_size_but_not_below_the_floor()
    {
        Assert.Equal(PosterTextFit.TitleLargest, PosterTextFit.TitleSize(Title));
        var longTitle = PosterTextFit.TitleSize("Chuẩn mực đạo đức của cán bộ, đảng viên, công chức, viên chức và người lao động cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam thành phố");
        Assert.InRange(longTitle, PosterTextFit.TitleSmallest, PosterTextFit.TitleLargest - 1);
    }

    [Theory]
    [InlineData("Trung thành, trách nhiệm", 30, 1)]
    [InlineData("Trung thành, trách nhiệm", 12, 2)]
    [InlineData("Trung thành, trách nhiệm", 11, 3)]
    [InlineData("Cần-kiệm-liêm-chính-chí-công-vô-tư", 10, 4)]
    public void Lines_wrap_at_spaces_and_break_long_words(string text, int perLine, int lines) =>
        Assert.Equal(lines, PosterTextFit.Lines(text, perLine));

    [Fact]
    public void Css_sizes_use_a_dot_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("5.5", PosterTextFit.Css(5.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
