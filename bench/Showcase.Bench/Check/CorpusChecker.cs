using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Bench.Reading;
using Showcase.Bench.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Showcase.Bench.Check;

/// <summary>
/// Reads a generated corpus back with a real YAML parser and checks it against the content
/// format: required fields, value ranges, and that every id, slug, week, image and link resolves.
/// </summary>
public static partial class CorpusChecker
{
    private static readonly HashSet<string> Kinds =
    [
        "xa-phuong-thi-tran", "co-quan-hanh-chinh", "giao-duc", "y-te", "su-nghiep-khac", "doanh-nghiep",
        "dang-doan-the", "cong-an", "quan-su", "noi-chinh-khac", "mttq-doan-the",
    ];

    public static CheckReport Check(string contentDir)
    {
        var errors = new List<string>();
        var site = Safe(errors, "site.yaml", () => ContentReader.Yaml(contentDir, "site.yaml")) as YamlMappingNode;
        foreach (var key in new[] { "title", "organization", "publisher", "base_url", "place" })
        {
            if (site is null || Str(site, key) is not { Length: > 0 })
            {
                errors.Add($"site.yaml: missing '{key}'");
            }
        }
        var units = Ids(errors, contentDir, "units.yaml", out var unitNodes);
        var categories = Ids(errors, contentDir, "categories.yaml", out _);
        var forms = Ids(errors, contentDir, "forms.yaml", out _);
        CheckUnits(errors, units, unitNodes);

        var stats = new ModelStats();
        var models = new List<ModelSource>();
        foreach (var path in ContentReader.Files(contentDir, "models", "*.md"))
        {
            if (Safe(errors, path, () => ContentReader.Model(contentDir, path)) is { } model)
            {
                models.Add(model);
            }
        }
        var slugs = new Dictionary<string, ModelSource>(StringComparer.Ordinal);
        var weeks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            ModelRules.Check(errors, contentDir, model, units, categories, forms, weeks);
            if (!Slug.IsValid(model.Slug))
            {
                errors.Add($"{model.Path}: slug '{model.Slug}' is not lower-case ASCII letters, digits and hyphens");
            }
            else if (!slugs.TryAdd(model.Slug, model))
            {
                errors.Add($"{model.Path}: slug '{model.Slug}' is also used by {slugs[model.Slug].Path}");
            }
            stats.Add(model);
        }
        foreach (var model in models)
        {
            foreach (Match link in RelativeLink().Matches(model.Body))
            {
                var target = link.Groups[1].Value;
                if (!slugs.TryGetValue(target, out var other) || other.Draft)
                {
                    errors.Add($"{model.Path}: link to 'mo-hinh/{target}' does not reach a published model");
                }
            }
        }
        int standards = CheckStandards(errors, contentDir, units);
        return new CheckReport(errors, $"{units.Count} units, {categories.Count} fields, {forms.Count} forms, {standards} codes of conduct; {stats}; {errors.Count} problems");
    }

    private static HashSet<string> Ids(List<string> errors, string contentDir, string file, out List<YamlMappingNode> nodes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        nodes = [];
        if (Safe(errors, file, () => ContentReader.Yaml(contentDir, file)) is not YamlSequenceNode list)
        {
            errors.Add($"{file}: not a list");
            return ids;
        }
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var id = Str(item, "id") ?? "";
            if (!Slug.IsValid(id) || !ids.Add(id))
            {
                errors.Add($"{file}:{item.Start.Line}: id '{id}' is not a slug or is not unique");
            }
            nodes.Add(item);
        }
        return ids;
    }

    private static void CheckUnits(List<string> errors, HashSet<string> ids, List<YamlMappingNode> units)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var id = Str(unit, "id") ?? "";
            if (Str(unit, "name") is not { Length: > 0 })
            {
                errors.Add($"units.yaml:{unit.Start.Line}: '{id}' has no name");
            }
            if (!Kinds.Contains(Str(unit, "kind") ?? ""))
            {
                errors.Add($"units.yaml:{unit.Start.Line}: '{id}' has an unknown kind '{Str(unit, "kind")}'");
            }
            if (Str(unit, "parent") is { } parent)
            {
                if (!ids.Contains(parent))
                {
                    errors.Add($"units.yaml:{unit.Start.Line}: parent '{parent}' of '{id}' is not a unit");
                }
                parents[id] = parent;
            }
        }
        foreach (var id in parents.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            for (var p = id; parents.TryGetValue(p, out var next); p = next)
            {
                if (!seen.Add(next))
                {
                    errors.Add($"units.yaml: '{id}' is its own ancestor");
                    break;
                }
            }
        }
    }

    private static int CheckStandards(List<string> errors, string contentDir, HashSet<string> units)
    {
        int count = 0;
        foreach (var path in ContentReader.Files(contentDir, "standards", "*.yaml"))
        {
            count++;
            if (Safe(errors, path, () => ContentReader.Yaml(contentDir, path)) is not YamlMappingNode s)
            {
                errors.Add($"{path}: not a mapping");
                continue;
            }
            if (!units.Contains(Str(s, "unit") ?? ""))
            {
                errors.Add($"{path}: unit '{Str(s, "unit")}' is not in units.yaml");
            }
            if (Str(s, "title") is not { Length: > 0 })
            {
                errors.Add($"{path}: missing title");
            }
            var items = s.Children.TryGetValue(new YamlScalarNode("items"), out var i) ? i as YamlSequenceNode : null;
            if (items is null || items.Children.Count is < 1 or > 12)
            {
                errors.Add($"{path}: items must be a list of 1 to 12 phrases");
            }
            if (s.Children.TryGetValue(new YamlScalarNode("sizes"), out var sizes)
                && (sizes is not YamlSequenceNode seq || seq.Children.Any(z => z.ToString() is not ("40x60" or "50x75" or "60x90"))))
            {
                errors.Add($"{path}: sizes must be a list of 40x60, 50x75, 60x90");
            }
            if (s.Children.TryGetValue(new YamlScalarNode("decision"), out var d)
                && (d is not YamlMappingNode dm || !DateOnly.TryParseExact(Str(dm, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                errors.Add($"{path}: decision needs a date yyyy-mm-dd");
            }
        }
        return count;
    }

    internal static string? Str(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static T? Safe<T>(List<string> errors, string path, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is YamlException or FormatException or IOException)
        {
            errors.Add($"{path}: {e.Message}");
            return null;
        }
    }

    [GeneratedRegex(@"\]\(mo-hinh/([^/)]+)/?\)")]
    private static partial Regex RelativeLink();
}
