using System.Security.Cryptography;
using Showcase.Cli;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Posters;

/// <summary><c>showcase build --pdf</c> end to end, with Chromium and without.</summary>
public sealed class PosterCliTests
{
    private const string OneSize = """
        -- standards/van-phong.yaml --
        unit: van-phong
        title: "Chuẩn mực đạo đức cán bộ, đảng viên"
        items:
          - "Trung thành, trách nhiệm"
          - "Liêm chính, tận tụy"
        sizes: [40x60]
        """;

    private static int Build(string content, string output, out string stderr, params string[] extra)
    {
        var error = new StringWriter();
        var code = CliApp.Run(["build", "--content", content, "--output", output, "--theme", RepoPaths.Theme, "--quiet", .. extra], TextWriter.Null, error);
        stderr = error.ToString();
        return code;
    }

    [Fact]
    public void Build_with_pdf_writes_each_poster_pdf_links_it_and_rebuilds_to_the_same_bytes()
    {
        if (!File.Exists(Infrastructure.Chromium.ExecutablePath))
        {
            throw new InvalidOperationException($"Không có Chromium ở {Infrastructure.Chromium.ExecutablePath}. Hãy chạy lệnh kiểm thử trong README (./test.sh).");
        }

        using var temp = new TempDirectory("poster-cli");
        var content = temp.Combine("content");
        var output = temp.Combine("output");
        MiniSite.Write(content, MiniSite.Parse(MiniSite.Minimal, OneSize));
        Assert.Equal(0, Build(content, output, out var stderr, "--pdf", "--chromium", Infrastructure.Chromium.ExecutablePath));
        Assert.DoesNotContain("lỗi", stderr);
        Assert.DoesNotContain("SG4", stderr); // nothing about PDFs (the mini site's content warnings may be there)
        var pdf = Path.Combine(output, "chuan-muc", "van-phong", "40x60.pdf");
        Assert.Equal(["40x60.pdf"], Directory.EnumerateFiles(Path.Combine(output, "chuan-muc", "van-phong"), "*.pdf").Select(f => Path.GetFileName(f)).ToArray());
        Assert.Contains("href=\"/mo-hinh/chuan-muc/van-phong/40x60.pdf\"", File.ReadAllText(Path.Combine(output, "chuan-muc", "van-phong", "index.html")));
        Assert.Matches(@"(?m)^Pages:\s+1$", Poppler.Run("pdfinfo", pdf));
        var first = SHA256.HashData(File.ReadAllBytes(pdf));

        // The PDF's dates are the build's date, so the same content prints to the same bytes (and is linked, not rewritten).
        Assert.Equal(0, Build(content, output, out _, "--pdf"));
        Assert.Equal(first, SHA256.HashData(File.ReadAllBytes(pdf)));
    }

    [Fact]
    public void Without_chromium_the_build_warns_what_to_install_and_writes_the_html_without_pdf_links()
    {
        using var temp = new TempDirectory("poster-cli");
        var content = temp.Combine("content");
        var output = temp.Combine("output");
        MiniSite.Write(content, MiniSite.Parse(MiniSite.Minimal, OneSize));
        Assert.Equal(0, Build(content, output, out var stderr, "--pdf", "--chromium", temp.Combine("khong-co-chromium")));
        Assert.Contains("cảnh báo SG4101", stderr);
        Assert.Contains("apt-get install chromium", stderr);
        Assert.True(File.Exists(Path.Combine(output, "chuan-muc", "van-phong", "40x60", "index.html")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
        Assert.DoesNotContain(".pdf", File.ReadAllText(Path.Combine(output, "chuan-muc", "van-phong", "index.html")));
    }
}
