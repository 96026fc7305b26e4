using System.Globalization;
using System.Text;
using Showcase.Bench.Corpus;
using Showcase.Bench.Reading;
using YamlDotNet.RepresentationModel;

namespace Showcase.Bench.Hugo;

/// <summary>
/// Turns a Showcase corpus into a Hugo site that makes the comparable pages: a page per model
/// under /mo-hinh/, taxonomies linh-vuc, don-vi and nam (with the names as term titles), the
/// same images, and the minimal theme from bench/hugo.
/// </summary>
public static class HugoSiteWriter
{
    public static int Write(string contentDir, string hugoDir, string themeDir)
    {
        if (!File.Exists(Path.Combine(themeDir, "theme.toml")))
        {
            throw new IOException($"{themeDir} is not the bench Hugo theme (no theme.toml); pass --theme");
        }
        if (Directory.Exists(hugoDir))
        {
            if (!File.Exists(Path.Combine(hugoDir, "hugo.toml")))
            {
                throw new IOException($"{hugoDir} exists and is not a Hugo site made by this tool; refusing to replace it");
            }
            Directory.Delete(hugoDir, recursive: true);
        }
        var site = (YamlMappingNode)ContentReader.Yaml(contentDir, "site.yaml")!;
        string Get(string key) => ((YamlScalarNode)site[key]).Value!;
        var content = Path.Combine(hugoDir, "content");
        WriteText(hugoDir, "hugo.toml", HugoConfig.Toml(Get("base_url"), Get("title"), Get("organization")));
        WriteText(content, "_index.md", FrontMatter(("title", Get("title"))));
        WriteText(content, "mo-hinh/_index.md", FrontMatter(("title", "Mô hình, cách làm hay")));
        Terms(contentDir, content, "categories.yaml", "linh-vuc");
        Terms(contentDir, content, "units.yaml", "don-vi");

        int count = 0;
        foreach (var path in ContentReader.Files(contentDir, "models", "*.md"))
        {
            var model = ContentReader.Model(contentDir, path);
            // Our links are relative to base_url; Hugo's are relative to the page, one level down.
            var body = model.Body.Replace("](mo-hinh/", "](../", StringComparison.Ordinal);
            WriteText(content, $"mo-hinh/{model.Slug}.md", Model(model) + body);
            count++;
        }
        foreach (var path in ContentReader.Files(contentDir, "media", "*"))
        {
            var target = Path.Combine(hugoDir, "static", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(contentDir, path), target);
        }
        CopyTree(themeDir, Path.Combine(hugoDir, "themes", "bench"));
        return count;
    }

    private static string Model(ModelSource m)
    {
        var year = int.Parse(m.Scalar("year")!, CultureInfo.InvariantCulture);
        var sb = new StringBuilder("---\n");
        sb.Field("title", m.Scalar("title")!);
        sb.Field("summary", m.Scalar("summary")!);
        sb.Append("date: ").Append(Date(year, m.Slug)).Append('\n');
        sb.Append("draft: ").Append(m.Draft ? "true" : "false").Append('\n');
        sb.Append("linh-vuc: [").Append(m.Scalar("category")).Append("]\n");
        sb.Append("don-vi: [").Append(m.Scalar("unit")).Append("]\n");
        sb.Append("nam: [\"").Append(year).Append("\"]\n");
        if (m.Scalar("implementer") is { } implementer)
        {
            sb.Field("implementer", implementer);
        }
        if (m.Scalar("image") is { } image)
        {
            sb.Field("image", image);
        }
        if (m.Scalar("note") is { } note)
        {
            sb.Field("note", note);
        }
        return sb.Append("---\n").ToString();
    }

    /// <summary>A stable day within the model's year, so "newest first" has something to sort by.</summary>
    private static string Date(int year, string slug)
    {
        uint hash = 2166136261;
        foreach (var c in slug)
        {
            hash = (hash ^ c) * 16777619;
        }
        return new DateOnly(year, 1, 1).AddDays((int)(hash % 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void Terms(string contentDir, string content, string file, string taxonomy)
    {
        if (ContentReader.Yaml(contentDir, file) is not YamlSequenceNode list)
        {
            return;
        }
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var id = ((YamlScalarNode)item["id"]).Value!;
            WriteText(content, $"{taxonomy}/{id}/_index.md", FrontMatter(("title", ((YamlScalarNode)item["name"]).Value!)));
        }
    }

    private static string FrontMatter(params (string Key, string Value)[] fields)
    {
        var sb = new StringBuilder("---\n");
        foreach (var (key, value) in fields)
        {
            sb.Field(key, value);
        }
        return sb.Append("---\n").ToString();
    }

    private static void WriteText(string dir, string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
