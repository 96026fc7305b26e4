using System.Text;
using YamlDotNet.RepresentationModel;

namespace Showcase.Bench.Reading;

/// <summary>Reads a content tree back: the YAML files and every model's front matter, in path order.</summary>
public static class ContentReader
{
    public static YamlNode? Yaml(string contentDir, string file)
    {
        var path = Path.Combine(contentDir, file);
        return File.Exists(path) ? Parse(File.ReadAllText(path, Encoding.UTF8)) : null;
    }

    public static IEnumerable<string> Files(string contentDir, string folder, string pattern)
    {
        var dir = Path.Combine(contentDir, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }
        return Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(contentDir, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Front matter between the first two '---' lines; throws on malformed files.</summary>
    public static ModelSource Model(string contentDir, string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(contentDir, relativePath), Encoding.UTF8).Normalize(NormalizationForm.FormC);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException($"{relativePath}: no front matter");
        }
        int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"{relativePath}: front matter is not closed");
        }
        var node = Parse(text[4..(end + 1)]) as YamlMappingNode
            ?? throw new FormatException($"{relativePath}: front matter is not a mapping");
        return new ModelSource(relativePath, node, text[(end + 5)..]);
    }

    private static YamlNode? Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }
}
