namespace Showcase.Generator.Content;

/// <summary>Every record parsed from a content folder, before cross references are checked.</summary>
public sealed record ContentSet(
    SiteConfig Site,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyList<CategoryRecord> Categories,
    IReadOnlyList<FormRecord> Forms,
    IReadOnlyList<ModelRecord> Models,
    IReadOnlyList<StandardsRecord> Standards,
    IReadOnlyList<MediaFile> Media);
