using Showcase.Generator.Output;

namespace Showcase.Generator.Rendering;

/// <summary>A theme as read from disk: templates by path ("layouts/model.scriban") and assets copied as they are.</summary>
public sealed record ThemeSource(string DisplayPath, IReadOnlyDictionary<string, string> Templates, IReadOnlyList<OutputFile> Assets);
