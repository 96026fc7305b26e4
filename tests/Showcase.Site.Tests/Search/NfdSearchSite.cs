using System.Text;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Search;

/// <summary>
/// A mini site whose one extra model file is saved in Unicode NFD, as some editors write it, built under /mo-hinh/
/// and served on loopback: search must find it typed with accents, without, and typed in NFD itself.
/// </summary>
public sealed class NfdSearchSite : IDisposable
{
    public const string Slug = "quy-khuyen-hoc-dong-ho";
    public const string Title = "Quỹ khuyến học dòng họ";

    private const string Model = """
        -- models/2023/quy-khuyen-hoc-dong-ho.md --
        ---
        title: "Quỹ khuyến học dòng họ"
        summary: "Các dòng họ góp quỹ khuyến học, trao học bổng cho con em vượt khó học giỏi."
        unit: phuong-1
        category: an-sinh-xa-hoi
        year: 2023
        ---

        Mỗi dòng họ trong phường lập một quỹ khuyến học, khuyến tài.
        """;

    private readonly TempDirectory _temp = new("search-nfd-site");

    public NfdSearchSite()
    {
        var content = _temp.Combine("content");
        var files = MiniSite.Parse(MiniSite.Minimal, Model)
            .ToDictionary(f => f.Key, f => f.Key.EndsWith(Slug + ".md", StringComparison.Ordinal) ? f.Value.Normalize(NormalizationForm.FormD) : f.Value);
        MiniSite.Write(content, files);
        var saved = File.ReadAllText(Path.Combine(content, "models", "2023", Slug + ".md"), Encoding.UTF8);
        if (saved.IsNormalized(NormalizationForm.FormC))
        {
            throw new InvalidOperationException("the model file was meant to be saved in NFD");
        }

        Output = _temp.Combine("output");
        SiteBuild.BuildTo(content, Output, baseUrl: "https://example.gov.vn" + SampleSite.SubPath);
        Server = new StaticServer(Output, SampleSite.SubPath);
    }

    public string Output { get; }

    public StaticServer Server { get; }

    public string Url(string relative = "") => Server.BaseAddress + relative;

    public void Dispose()
    {
        Server.Dispose();
        _temp.Dispose();
    }
}
