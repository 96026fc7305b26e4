using Showcase.Generator.Site;

namespace Showcase.Generator.Search;

/// <summary>
/// <see cref="SiteModel"/> → what search indexes: every published model, every unit and every code of conduct, with
/// plain text fields (no markup) and facet ids; and the names the filters show for unit kinds and forms.
/// </summary>
public static class SiteSearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site)
    {
        var documents = new List<SearchDocument>(site.Models.Count + site.Units.Count + site.Standards.Count);
        foreach (var m in site.Models)
        {
            documents.Add(new SearchDocument(
                m.Url, "model", m.Title, m.Summary, string.Join(", ", m.Tags), m.Unit.Name, m.Category.Name, m.Implementer, m.BodyText,
                new SearchFacets(m.Category.Id, m.Unit.Id, m.Unit.Kind, m.Year, m.Forms.Select(f => f.Id).ToList())));
        }

        foreach (var u in site.Units)
        {
            var parent = u.Parent is { } p ? $", trực thuộc {p.Name}" : string.Empty;
            documents.Add(new SearchDocument(
                u.Url, "unit", u.Name, $"{u.KindName}{parent}: {u.ModelCount} mô hình.", string.Empty, u.Name, string.Empty, string.Empty,
                string.Join(". ", u.Models.Select(m => m.Title)),
                new SearchFacets(null, u.Id, u.Kind, null, [])));
        }

        foreach (var s in site.Standards)
        {
            documents.Add(new SearchDocument(
                s.Url, "standards", $"{s.Title}: {s.Unit.Name}", string.Join("; ", s.Items), "chuẩn mực đạo đức", s.Unit.Name, string.Empty, string.Empty,
                s.DecisionLine ?? string.Empty,
                new SearchFacets(null, s.Unit.Id, s.Unit.Kind, null, [])));
        }

        return documents;
    }

    public static SearchIndexOptions Options(SiteModel site) => new()
    {
        UnitKindLabels = site.Units.GroupBy(u => u.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().KindName, StringComparer.Ordinal),
        FormLabels = site.Forms.ToDictionary(f => f.Id, f => f.Subtitle is { } sub ? $"{f.Number} {sub}" : f.Number, StringComparer.Ordinal),
    };
}
