using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Bench.Reading;
using YamlDotNet.RepresentationModel;

namespace Showcase.Bench.Check;

/// <summary>The content format's rules for one model's front matter.</summary>
public static partial class ModelRules
{
    private static readonly HashSet<string> Known =
    [
        "title", "summary", "unit", "category", "year", "implementer", "implementer_kind", "forms", "tags", "note",
        "image", "featured_week", "awards", "slug", "draft",
    ];

    public static void Check(
        List<string> errors, string contentDir, ModelSource m, HashSet<string> units, HashSet<string> categories,
        HashSet<string> forms, Dictionary<string, string> weeks)
    {
        void Fail(string message) => errors.Add($"{m.Path}: {message}");

        foreach (var key in m.FrontMatter.Children.Keys.Select(k => k.ToString()).Where(k => !Known.Contains(k)))
        {
            Fail($"unknown field '{key}'");
        }
        if (m.Scalar("title") is not { Length: > 0 })
        {
            Fail("missing title");
        }
        if (m.Scalar("summary") is not { Length: > 0 and <= 600 })
        {
            Fail("summary missing or longer than 600 characters");
        }
        if (!units.Contains(m.Scalar("unit") ?? ""))
        {
            Fail($"unit '{m.Scalar("unit")}' is not in units.yaml");
        }
        if (!categories.Contains(m.Scalar("category") ?? ""))
        {
            Fail($"category '{m.Scalar("category")}' is not in categories.yaml");
        }
        if (!int.TryParse(m.Scalar("year"), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 2000 or > 2100)
        {
            Fail($"year '{m.Scalar("year")}' is not 2000..2100");
        }
        if (m.Scalar("implementer_kind") is { } kind && kind is not ("tap-the" or "ca-nhan" or "don-vi"))
        {
            Fail($"implementer_kind '{kind}'");
        }
        foreach (var form in List(m, "forms", Fail).Where(f => !forms.Contains(f)))
        {
            Fail($"form '{form}' is not in forms.yaml");
        }
        List(m, "tags", Fail);
        if (m.Scalar("image") is { } image && !File.Exists(Path.Combine(contentDir, image)))
        {
            Fail($"image '{image}' does not exist");
        }
        if (m.Scalar("featured_week") is { } week)
        {
            if (!Week().IsMatch(week))
            {
                Fail($"featured_week '{week}' is not an ISO week like 2024-W21");
            }
            else if (!weeks.TryAdd(week, m.Path))
            {
                Fail($"featured_week {week} is also {weeks[week]}'s");
            }
        }
        if (m.Scalar("draft") is { } draft && draft is not ("true" or "false"))
        {
            Fail($"draft '{draft}' is not true or false");
        }
        Awards(m, Fail);
    }

    private static void Awards(ModelSource m, Action<string> fail)
    {
        if (m.Node("awards") is not { } node)
        {
            return;
        }
        if (node is not YamlSequenceNode awards)
        {
            fail("awards is not a list");
            return;
        }
        foreach (var award in awards.Children)
        {
            if (award is not YamlMappingNode a
                || CorpusChecker.Str(a, "kind") is not ("thu-khen" or "giay-khen" or "bang-khen")
                || CorpusChecker.Str(a, "by") is not { Length: > 0 }
                || !DateOnly.TryParseExact(CorpusChecker.Str(a, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                fail($"award at line {award.Start.Line} needs kind, by and date");
            }
        }
    }

    private static IEnumerable<string> List(ModelSource m, string key, Action<string> fail)
    {
        if (m.Node(key) is not { } node)
        {
            return [];
        }
        if (node is not YamlSequenceNode seq || seq.Children.Any(c => c is not YamlScalarNode))
        {
            fail($"'{key}' is not a list of strings");
            return [];
        }
        return seq.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "");
    }

    [GeneratedRegex(@"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$")]
    private static partial Regex Week();
}
