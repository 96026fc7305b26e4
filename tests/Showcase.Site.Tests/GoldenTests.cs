using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests;

/// <summary>
/// Golden files: each folder under Cases/ has an input/ content tree and expected/ pages. The build of input/ must
/// produce the same file list (expected/files.txt) and, for each expected page, the same HTML once both are
/// re-serialized through AngleSharp (so whitespace alone never fails). <c>UPDATE_GOLDEN=1 dotnet test</c> rewrites
/// expected/ from the current output: review that diff like code.
/// </summary>
public sealed partial class GoldenTests
{
    private static readonly string CasesRoot = Path.Combine(RepoPaths.Root, "tests", "Showcase.Site.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CasesRoot, "input", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CasesRoot, Path.GetDirectoryName(dir)!).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_golden_files(string caseName)
    {
        var caseDir = Path.Combine(CasesRoot, caseName);
        var expectedDir = Path.Combine(caseDir, "expected");
        using var temp = new TempDirectory("golden");
        SiteBuild.BuildTo(Path.Combine(caseDir, "input"), temp.Path);
        var files = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var fileList = string.Join('\n', files) + "\n";
        var compared = ReadExpectedPages(expectedDir);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(expectedDir);
            File.WriteAllText(Path.Combine(expectedDir, "files.txt"), fileList);
            foreach (var page in compared.Count > 0 ? compared : DefaultPages(files))
            {
                var target = Path.Combine(expectedDir, page);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, Normalize(File.ReadAllText(Path.Combine(temp.Path, page)), page));
            }

            return;
        }

        Assert.Equal(File.ReadAllText(Path.Combine(expectedDir, "files.txt")), fileList);
        Assert.NotEmpty(compared);
        foreach (var page in compared)
        {
            var expected = Normalize(File.ReadAllText(Path.Combine(expectedDir, page)), page);
            var actual = Normalize(File.ReadAllText(Path.Combine(temp.Path, page)), page);
            Assert.True(expected == actual, $"{caseName}/{page} differs from its golden file:\n{FirstDifference(expected, actual)}");
        }
    }

    /// <summary>One page of each kind: the first file of each top-level section, and the root files.</summary>
    private static IEnumerable<string> DefaultPages(IReadOnlyList<string> files) =>
        files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .GroupBy(f => PageKind().Replace(f, "*"))
            .Select(g => g.First());

    private static List<string> ReadExpectedPages(string expectedDir) =>
        Directory.Exists(expectedDir)
            ? Directory.EnumerateFiles(expectedDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(expectedDir, f).Replace('\\', '/'))
                .Where(f => f != "files.txt")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static string Normalize(string text, string path)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return text.Replace("\r\n", "\n");
        }

        var document = new HtmlParser().ParseDocument(text);
        foreach (var node in document.Descendants<IText>().ToList())
        {
            if (node.ParentElement is { LocalName: "pre" or "script" or "style" or "textarea" })
            {
                continue;
            }

            var collapsed = Whitespace().Replace(node.Data, " ");
            if (collapsed.Trim().Length == 0)
            {
                node.Parent?.RemoveChild(node);
            }
            else
            {
                node.Data = collapsed;
            }
        }

        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString().Trim() + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(no line differs)";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=^[^/]+/)[^/]+(?=/)")]
    private static partial Regex PageKind();
}
