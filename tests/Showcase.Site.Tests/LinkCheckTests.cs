using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests;

/// <summary>Every internal link and asset of the built sample site resolves to a generated file.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class LinkCheckTests(SampleSite site)
{
    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_generated_file()
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var relativeFile = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            using var document = parser.ParseDocument(File.ReadAllText(file));
            var urls = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .OfType<string>();
            foreach (var url in urls)
            {
                if (Resolve(relativeFile, url) is not { } target)
                {
                    continue;
                }

                checkedLinks++;
                if (!Exists(target))
                {
                    broken.Add($"{relativeFile}: {url}");
                }
            }
        }

        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
        {
            var relativeFile = Path.GetRelativePath(site.Output, css).Replace('\\', '/');
            foreach (Match match in CssUrl().Matches(File.ReadAllText(css)))
            {
                var url = match.Groups[1].Value.Trim('\'', '"');
                if (Resolve(relativeFile, url) is { } target)
                {
                    checkedLinks++;
                    if (!Exists(target))
                    {
                        broken.Add($"{relativeFile}: {url}");
                    }
                }
            }
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken.Distinct().Take(50)));
    }

    [Fact]
    public void Links_stay_under_the_sub_path()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            using var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var url in document.QuerySelectorAll("a[href], link[href], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (url.StartsWith('/'))
                {
                    Assert.StartsWith(SampleSite.SubPath, url);
                }
            }
        }
    }

    /// <summary>The output-relative path a URL points at, or null for external links and fragments.</summary>
    private static string? Resolve(string fromFile, string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("data:", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = url.Split('#', '?')[0];
        if (path.StartsWith('/'))
        {
            Assert.StartsWith(SampleSite.SubPath, path);
            return path[SampleSite.SubPath.Length..];
        }

        var baseDir = Path.GetDirectoryName(fromFile)?.Replace('\\', '/') ?? string.Empty;
        var combined = new Uri(new Uri("http://x/" + (baseDir.Length > 0 ? baseDir + "/" : string.Empty)), path).AbsolutePath;
        return Uri.UnescapeDataString(combined.TrimStart('/'));
    }

    private bool Exists(string target) =>
        target.Length == 0 || target.EndsWith('/')
            ? File.Exists(site.File(target + "index.html"))
            : File.Exists(site.File(target)) || File.Exists(site.File(target + "/index.html"));

    [GeneratedRegex(@"url\(([^)]+)\)")]
    private static partial Regex CssUrl();
}
