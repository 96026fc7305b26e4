using Showcase.Generator.Diagnostics;

namespace Showcase.Generator.Content;

/// <summary>site.yaml.</summary>
public sealed record SiteConfig(string Title, string Organization, string Publisher, string BaseUrl, string Place);

/// <summary>An entry of units.yaml: a Party unit, the Fatherland Front or a mass organization.</summary>
public sealed record UnitRecord(string Id, string Name, string Kind, string? Parent, SourceSpan Span, SourceSpan ParentSpan);

/// <summary>An entry of categories.yaml: a field (lĩnh vực).</summary>
public sealed record CategoryRecord(string Id, string Name, string? Description, SourceSpan Span);

/// <summary>An entry of forms.yaml: a reporting form (biểu mẫu).</summary>
public sealed record FormRecord(string Id, string Number, string Title, string? Subtitle, SourceSpan Span);

/// <summary>An award a model received.</summary>
public sealed record AwardRecord(string Kind, string By, DateOnly? Date);

/// <summary>The decision that issued a code of conduct.</summary>
public sealed record DecisionRecord(string? Number, DateOnly? Date, string? Issuer);

/// <summary>A reference from one record to another, kept with the place it was written.</summary>
public sealed record Reference(string Id, SourceSpan Span);
