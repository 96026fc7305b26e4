namespace Showcase.Generator.Search;

/// <summary>
/// One searchable page. Indexed fields are plain text (no markup); facets filter results in the browser.
/// <see cref="Url"/> is relative to base_url, e.g. "mo-hinh/heo-dat/".
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Kind,
    string Title,
    string Summary,
    string Tags,
    string UnitName,
    string CategoryName,
    string Implementer,
    string Body,
    SearchFacets Facets);

/// <summary>What a result can be filtered by: ids, not names, so filters survive renames.</summary>
public sealed record SearchFacets(
    string? Category,
    string? Unit,
    string? UnitKind,
    int? Year,
    IReadOnlyList<string> Forms);
