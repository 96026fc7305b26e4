using Showcase.Generator.Build;

namespace Showcase.Site.Tests.Infrastructure;

/// <summary>
/// The sample content (content/) built once under the sub-path /mo-hinh/ and served from a loopback static server,
/// shared by the tests of a collection: what the city portal will host.
/// </summary>
public sealed class SampleSite : IDisposable
{
    public const string SubPath = "/mo-hinh/";

    private readonly TempDirectory _temp = new("sample-site");

    public SampleSite()
    {
        Output = _temp.Combine("output");
        Result = SiteBuild.BuildTo(RepoPaths.Content, Output, baseUrl: "https://example.gov.vn" + SubPath);
        Server = new StaticServer(Output, SubPath);
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public StaticServer Server { get; }

    public string Url(string relative = "") => Server.BaseAddress + relative;

    public string File(string relative) => Path.Combine(Output, relative);

    public void Dispose()
    {
        Server.Dispose();
        _temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>, ICollectionFixture<Chromium>
{
    public const string Name = "sample site";
}
