using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Forms;

/// <summary>
/// A <see cref="FormsContent"/> tree written to a temp folder, built under /mo-hinh/ and served on loopback.
/// Its facts are read back from the written files with YamlDotNet, not taken from the generator.
/// </summary>
public class GeneratedFormsSite : IDisposable
{
    private readonly TempDirectory _temp = new("forms-site");

    public GeneratedFormsSite()
        : this(FormsContent.Generate())
    {
    }

    protected GeneratedFormsSite(FormsContent content)
    {
        var contentDir = _temp.Combine("content");
        MiniSite.Write(contentDir, MiniSite.Parse(content.Text));
        Content = content;
        Facts = ContentFacts.FromFolder(contentDir);
        Output = _temp.Combine("output");
        SiteBuild.BuildTo(contentDir, Output, baseUrl: "https://example.gov.vn" + SampleSite.SubPath);
        Server = new StaticServer(Output, SampleSite.SubPath);
    }

    public FormsContent Content { get; }

    public ContentFacts Facts { get; }

    public string Output { get; }

    public StaticServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
