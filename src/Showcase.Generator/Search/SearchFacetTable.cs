using System.Globalization;

namespace Showcase.Generator.Search;

/// <summary>
/// The facets the search page filters by (category, unit, unitKind, year, form): each facet's values with the
/// names shown, in the order shown, and for each document (in ref order) the indexes of its values.
/// </summary>
internal sealed class SearchFacetTable
{
    public static readonly string[] Names = ["category", "unit", "unitKind", "year", "form"];

    private SearchFacetTable(IReadOnlyList<IReadOnlyList<(string Id, string Label)>> values, int[][][] rows)
    {
        Values = values;
        Rows = rows;
    }

    /// <summary>Per facet (in <see cref="Names"/> order), its values.</summary>
    public IReadOnlyList<IReadOnlyList<(string Id, string Label)>> Values { get; }

    /// <summary>Per document, per facet, the indexes of its values in <see cref="Values"/>.</summary>
    public int[][][] Rows { get; }

    public static SearchFacetTable Build(IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
    {
        var labels = Names.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        foreach (var document in documents)
        {
            var ids = IdsOf(document);
            for (var facet = 0; facet < Names.Length; facet++)
            {
                foreach (var id in ids[facet])
                {
                    if (!labels[facet].TryGetValue(id, out var label) || label == id)
                    {
                        labels[facet][id] = LabelOf(document, facet, id, options);
                    }
                }
            }
        }

        var values = new List<IReadOnlyList<(string, string)>>();
        var positions = new List<Dictionary<string, int>>();
        for (var facet = 0; facet < Names.Length; facet++)
        {
            var ordered = Names[facet] == "year"
                ? labels[facet].OrderByDescending(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).ToList()
                : labels[facet].OrderBy(p => VietnameseFolding.Fold(p.Value), StringComparer.Ordinal)
                    .ThenBy(p => p.Value, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            values.Add(ordered.Select(p => (p.Key, p.Value)).ToArray());
            positions.Add(ordered.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal));
        }

        var rows = documents.Select(document =>
        {
            var ids = IdsOf(document);
            return Enumerable.Range(0, Names.Length)
                .Select(facet => ids[facet].Select(id => positions[facet][id]).Distinct().Order().ToArray())
                .ToArray();
        }).ToArray();
        return new SearchFacetTable(values, rows);
    }

    private static string[][] IdsOf(SearchDocument document)
    {
        var f = document.Facets;
        return
        [
            Present(f.Category), Present(f.Unit), Present(f.UnitKind),
            f.Year is { } year ? [year.ToString(CultureInfo.InvariantCulture)] : [],
            f.Forms.Where(id => !string.IsNullOrEmpty(id)).ToArray(),
        ];
    }

    private static string[] Present(string? id) => string.IsNullOrEmpty(id) ? [] : [id];

    private static string LabelOf(SearchDocument document, int facet, string id, SearchIndexOptions options)
    {
        var label = Names[facet] switch
        {
            "category" => document.CategoryName,
            "unit" => document.UnitName,
            "unitKind" => options.UnitKindLabels.GetValueOrDefault(id),
            "form" => options.FormLabels.GetValueOrDefault(id),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(label) ? id : label;
    }
}
