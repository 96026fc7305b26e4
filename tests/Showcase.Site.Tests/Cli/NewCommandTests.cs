using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Cli;

/// <summary><c>showcase new model|standards</c>: documented files at the right path, checked references, never an overwrite.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void New_model_writes_a_documented_file_named_after_the_folded_title()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("new", "model", "Đường hoa Đồng Nai: xanh, sạch, đẹp!", "--unit", "phuong-1", "--category", "an-sinh-xa-hoi", "--year", "2024", "--content", content);

        Assert.Equal(0, run.ExitCode);
        var path = Path.Combine(content, "models", "2024", "duong-hoa-dong-nai-xanh-sach-dep.md");
        Assert.True(File.Exists(path), run.Output + run.Error);
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Đường hoa Đồng Nai: xanh, sạch, đẹp!\"\n", text);
        Assert.Contains("unit: phuong-1\n", text);
        Assert.Contains("# Bắt buộc. Mã đơn vị trong units.yaml: Đảng bộ Phường 1\n", text);
        Assert.Contains("# forms: [bm1]\n", text);
        foreach (var field in new[] { "title", "summary", "unit", "category", "year", "implementer", "implementer_kind", "forms", "tags", "note", "image", "featured_week", "awards", "slug", "draft" })
        {
            Assert.Matches($"(?m)^(# )?{field}:", text);
        }

        Assert.Contains("Đã tạo", run.Output);
    }

    [Fact]
    public void A_new_model_points_check_at_what_is_left_to_write_and_is_clean_once_written()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        Assert.Equal(0, CliRun.Run("new", "model", "Heo đất", "-u", "van-phong", "-k", "an-sinh-xa-hoi", "-y", "2023", "-c", content).ExitCode);
        var path = Path.Combine(content, "models", "2023", "heo-dat.md");

        var (exitCode, findings) = CliRun.Check(content);
        Assert.Equal(1, exitCode);
        Assert.Equal(["models/2023/heo-dat.md:8:10: error SG1002"], findings);

        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"\"", "summary: \"Mỗi em học sinh nuôi một con heo đất để giúp bạn nghèo.\"", StringComparison.Ordinal));
        Assert.Equal(["models/2023/heo-dat.md:38:1: warning SG1015"], CliRun.Check(content).Findings);

        File.AppendAllText(path, "Mỗi tuần các em bỏ heo một ít tiền tiết kiệm.\n");
        Assert.Equal((0, Array.Empty<string>()), CliRun.Check(content));
    }

    [Fact]
    public void New_model_refuses_to_overwrite()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        string[] args = ["new", "model", "Mỗi tuần làm một việc tốt", "--unit", "van-phong", "--category", "an-sinh-xa-hoi", "--year", "2024", "--content", content];
        var path = Path.Combine(content, "models", "2024", "moi-tuan-lam-mot-viec-tot.md");
        Assert.Equal(0, CliRun.Run(args).ExitCode);
        File.WriteAllText(path, "đã sửa");

        var again = CliRun.Run(args);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("đã có; showcase không ghi đè", again.Error);
        Assert.Equal("đã sửa", File.ReadAllText(path));
    }

    [Fact]
    public void New_model_refuses_a_slug_another_model_has_in_another_year()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("new", "model", "Việc tốt", "--unit", "van-phong", "--category", "an-sinh-xa-hoi", "--year", "2021", "--content", content);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/mo-hinh/viec-tot/", run.Error);
        Assert.False(File.Exists(Path.Combine(content, "models", "2021", "viec-tot.md")));
    }

    [Fact]
    public void New_model_checks_the_unit_and_field_exist_and_suggests_the_nearest()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("new", "model", "Thử", "--unit", "van-phog", "--category", "an-sinh", "--content", content);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lỗi: --unit \"van-phog\": không có đơn vị này trong units.yaml. Có phải ý bạn là \"van-phong\"?", run.Error);
        Assert.Contains("lỗi: --category \"an-sinh\": không có lĩnh vực này trong categories.yaml.", run.Error);
        Assert.False(Directory.Exists(Path.Combine(content, "models", "2026")));
    }

    [Fact]
    public void New_model_needs_its_options()
    {
        var run = CliRun.Run("new", "model", "Thử");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void New_standards_writes_the_units_file_once()
    {
        using var temp = new TempDirectory("new");
        var content = CliRun.WriteTree(temp, CliRun.Clean);
        var run = CliRun.Run("new", "standards", "phuong-1", "--content", content);
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(content, "standards", "phuong-1.yaml"));
        Assert.Contains("# Chuẩn mực đạo đức của Đảng bộ Phường 1", text);
        Assert.Contains("unit: phuong-1\n", text);
        Assert.Equal(["standards/phuong-1.yaml:12:8: error SG1011"], CliRun.Check(content).Findings);

        Assert.Equal(1, CliRun.Run("new", "standards", "phuong-1", "--content", content).ExitCode);
        Assert.Equal(1, CliRun.Run("new", "standards", "khong-co", "--content", content).ExitCode);
    }
}
