using YamlDotNet.RepresentationModel;

namespace Showcase.Bench.Reading;

/// <summary>A model file as read back: its path under content/, its front matter and its Markdown body.</summary>
public sealed record ModelSource(string Path, YamlMappingNode FrontMatter, string Body)
{
    public string? Scalar(string key) =>
        FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    public YamlNode? Node(string key) => FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>The slug: the front matter's, or the file's name without .md.</summary>
    public string Slug => Scalar("slug") ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    public bool Draft => Scalar("draft") == "true";
}
