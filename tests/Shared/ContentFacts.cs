using System.Globalization;
using System.Text;
using YamlDotNet.Serialization;

namespace Showcase.Tests.Shared;

/// <summary>
/// What a content tree says, read without the generator (YamlDotNet on the files, or the generated spec), and what
/// its forms must therefore show: the tests' independent source of truth for forms, CSVs and statistics.
/// </summary>
public sealed class ContentFacts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed record FactUnit(string Id, string Name, string Kind);

    public sealed record FactModel(
        string Path, string Title, string Summary, string Unit, string Category, int Year, string? Implementer, string? Note,
        IReadOnlyList<string> Forms, bool Draft, IReadOnlyList<string> AwardKinds);

    /// <summary>A row a form must show: its unit, and the five cells (number, name, content, implementer, note).</summary>
    public sealed record ExpectedRow(string UnitId, string UnitName, IReadOnlyList<string> Cells);

    private ContentFacts(IReadOnlyList<FactUnit> units, IReadOnlyList<(string Id, string Name)> categories, IReadOnlyList<string> forms, IReadOnlyList<FactModel> models)
    {
        Units = units;
        Categories = categories;
        FormIds = forms;
        Models = models;
    }

    public IReadOnlyList<FactUnit> Units { get; }
    public IReadOnlyList<(string Id, string Name)> Categories { get; }
    public IReadOnlyList<string> FormIds { get; }
    public IReadOnlyList<FactModel> Models { get; }
    public IEnumerable<FactModel> Published => Models.Where(m => !m.Draft);
    public FactUnit Unit(string id) => Units.Single(u => u.Id == id);

    /// <summary>Units in Vietnamese alphabetical order.</summary>
    public IEnumerable<FactUnit> UnitsInOrder => Units.OrderBy(u => u.Name, Comparer<string>.Create(Collate));

    /// <summary>The rows of a form: units alphabetically, a unit's rows by year, title, path, numbered from 1 in each unit.</summary>
    public IReadOnlyList<ExpectedRow> FormRows(string formId, string? unitId = null) =>
        UnitsInOrder.Where(u => unitId is null || u.Id == unitId)
            .SelectMany(u => Published.Where(m => m.Unit == u.Id && m.Forms.Contains(formId))
                .OrderBy(m => m.Year).ThenBy(m => m.Title, Comparer<string>.Create(Collate)).ThenBy(m => m.Path, StringComparer.Ordinal)
                .Select((m, i) => new ExpectedRow(u.Id, u.Name, [(i + 1).ToString(CultureInfo.InvariantCulture), m.Title, m.Summary, m.Implementer ?? u.Name, m.Note ?? string.Empty])))
            .ToList();

    /// <summary>Units with no published record on the form, alphabetically.</summary>
    public IReadOnlyList<FactUnit> MissingFrom(string formId) =>
        UnitsInOrder.Where(u => !Published.Any(m => m.Unit == u.Id && m.Forms.Contains(formId))).ToList();

    public static ContentFacts FromSpec(FormsContent content) => new(
        content.Units.Select(u => new FactUnit(u.Id, u.Name, u.Kind)).ToList(),
        FormsContent.Categories,
        FormsContent.Forms.Select(f => f.Id).ToList(),
        content.Models.Select(m => new FactModel($"models/{m.Year}/{m.Slug}.md", m.Title, m.Summary, m.UnitId, m.Category, m.Year, m.Implementer, m.Note,
            m.Forms, m.Draft, m.Awards.Select(a => a.Kind).ToList())).ToList());

    /// <summary>Reads a content folder with YamlDotNet, as an editor's spreadsheet would, values trimmed and NFC.</summary>
    public static ContentFacts FromFolder(string root)
    {
        var yaml = new DeserializerBuilder().Build();
        List<Dictionary<object, object>> List(string file) =>
            yaml.Deserialize<List<Dictionary<object, object>>>(File.ReadAllText(Path.Combine(root, file))) ?? [];

        var units = List("units.yaml").Select(u => new FactUnit(S(u, "id")!, S(u, "name")!, S(u, "kind")!)).ToList();
        var categories = List("categories.yaml").Select(c => (S(c, "id")!, S(c, "name")!)).ToList();
        var forms = List("forms.yaml").Select(f => S(f, "id")!).ToList();
        var models = new List<FactModel>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "models"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            var front = yaml.Deserialize<Dictionary<object, object>>(text[4..end]);
            var awards = front.TryGetValue("awards", out var a) && a is List<object> list ? list.Cast<Dictionary<object, object>>().Select(x => S(x, "kind")!).ToList() : [];
            var formIds = front.TryGetValue("forms", out var f) && f is List<object> fl ? fl.Select(x => ((string)x).Trim()).ToList() : [];
            models.Add(new FactModel(
                Path.GetRelativePath(root, file).Replace('\\', '/'), S(front, "title")!, S(front, "summary")!, S(front, "unit")!, S(front, "category")!,
                int.Parse(S(front, "year")!, CultureInfo.InvariantCulture), NullIfEmpty(S(front, "implementer")), NullIfEmpty(S(front, "note")),
                formIds, S(front, "draft") == "true", awards));
        }

        return new ContentFacts(units, categories, forms, models);
    }

    /// <summary>A text cell as a spreadsheet-safe CSV writes it: an apostrophe before = + - @ tab CR.</summary>
    public static string CsvSafe(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static int Collate(string? a, string? b)
    {
        var c = string.Compare(a, b, Vietnamese, CompareOptions.None);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }

    private static string? S(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is not null ? v.ToString()!.Trim().Normalize(NormalizationForm.FormC) : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
