using Showcase.Generator.Build;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Output.Io;
using Showcase.Generator.Posters;
using Showcase.Generator.Posters.Io;
using Showcase.Generator.Rendering.Io;
using Showcase.Generator.Site;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Posters;

/// <summary>
/// The sample content plus two hard cases (one short item; twelve long items under a long title), built with PDFs
/// printed by the real Chromium, written and served under /mo-hinh/. Shared by the poster tests.
/// </summary>
public sealed class PosterSite : IDisposable
{
    public const string OneItem = "thu-mot-muc";
    public const string TwelveItems = "thu-muoi-hai-muc";

    private readonly TempDirectory _temp = new("poster-site");

    public PosterSite()
    {
        if (!System.IO.File.Exists(Infrastructure.Chromium.ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Không có Chromium ở {Infrastructure.Chromium.ExecutablePath}. Hãy chạy lệnh kiểm thử trong README (./test.sh), lệnh này cài 'apt-get install -y chromium'.");
        }

        var content = _temp.Combine("content");
        CopyDirectory(RepoPaths.Content, content);
        System.IO.File.AppendAllText(Path.Combine(content, "units.yaml"), HardCaseUnits);
        MiniSite.Write(content, MiniSite.Parse(HardCases));

        var result = SiteGenerator.Generate(
            ContentReader.Read(content),
            ThemeReader.Read(RepoPaths.Theme, "themes/default"),
            new BuildOptions { Today = SiteBuild.Today, BaseUrlOverride = "https://example.gov.vn" + SampleSite.SubPath, Pdf = true });
        if (result.Plan is null)
        {
            throw new InvalidOperationException("build failed:\n" + string.Join('\n', result.Diagnostics));
        }

        Jobs = PosterPlanner.PdfJobs(result.Site!);
        var printed = new PdfPrinter(Infrastructure.Chromium.ExecutablePath).Print(result.Plan, Jobs, SiteBuild.Today);
        if (!printed.Succeeded)
        {
            throw new InvalidOperationException("PDF printing failed:\n" + string.Join('\n', printed.Failures));
        }

        Output = _temp.Combine("output");
        OutputWriter.Write(printed.Plan, Output);
        Site = result.Site!;
        Server = new StaticServer(Output, SampleSite.SubPath);
    }

    public string Output { get; }

    public SiteModel Site { get; }

    public IReadOnlyList<PosterPdfJob> Jobs { get; }

    public StaticServer Server { get; }

    public string File(string relative) => Path.Combine(Output, relative);

    public string Url(string relative) => Server.BaseAddress + relative;

    public Standards StandardsOf(PosterPdfJob job) => Site.Standards.Single(s => job.PdfPath.StartsWith(s.Url, StringComparison.Ordinal));

    public void Dispose()
    {
        Server.Dispose();
        _temp.Dispose();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    private const string HardCaseUnits = $"""

        - id: {OneItem}
          name: "Chi bộ Thử một mục"
          kind: dang-doan-the
        - id: {TwelveItems}
          name: "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Bảo Lộc"
          kind: mttq-doan-the

        """;

    private const string HardCases = $"""
        -- standards/{OneItem}.yaml --
        unit: {OneItem}
        title: "Chuẩn mực đạo đức cán bộ, đảng viên"
        items:
          - "Trung thành"
        -- standards/{TwelveItems}.yaml --
        unit: {TwelveItems}
        title: "Chuẩn mực đạo đức của cán bộ, đảng viên, công chức, viên chức và người lao động cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"
        items:
          - "Tuyệt đối trung thành với Đảng, với Tổ quốc và Nhân dân, kiên định mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội"
          - "Gần dân, trọng dân, hiểu dân, học dân và có trách nhiệm với dân trong mọi công việc được giao"
          - "Cần, kiệm, liêm, chính, chí công vô tư, nói đi đôi với làm, đặt lợi ích tập thể lên trên lợi ích cá nhân"
          - "Gương mẫu, nêu gương trong công tác, sinh hoạt, giữ gìn phẩm chất đạo đức cách mạng"
          - "Đoàn kết, thống nhất, dân chủ, kỷ cương, tôn trọng và lắng nghe ý kiến của đồng chí, đồng nghiệp"
          - "Tận tụy, chủ động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung"
          - "Phục vụ Nhân dân tận tình, chu đáo, không gây phiền hà, sách nhiễu trong giải quyết công việc"
          - "Không ngừng học tập, rèn luyện, nâng cao trình độ chuyên môn, nghiệp vụ và kỹ năng vận động quần chúng"
          - "Thực hành tiết kiệm, chống lãng phí, chống quan liêu, tham nhũng, tiêu cực trong cơ quan, đơn vị"
          - "Giữ gìn đoàn kết, xây dựng khối đại đoàn kết toàn dân tộc ở khu dân cư ngày càng vững mạnh"
          - "Tôn trọng pháp luật, chấp hành nghiêm kỷ luật, kỷ cương hành chính, quy chế làm việc của cơ quan"
          - "Sống trung thực, khiêm tốn, chân thành, trong sáng, giản dị, có lối sống lành mạnh, văn minh"
        decision:
          number: "101-QĐ/ĐĐ"
          date: 2024-04-02
          issuer: "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Bảo Lộc"
        """;
}

[CollectionDefinition(Name)]
public sealed class PosterSiteCollection : ICollectionFixture<PosterSite>, ICollectionFixture<Infrastructure.Chromium>
{
    public const string Name = "posters";
}
