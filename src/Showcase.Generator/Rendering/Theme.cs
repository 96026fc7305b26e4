using Scriban;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Output;

namespace Showcase.Generator.Rendering;

/// <summary>A theme's templates, each parsed once; syntax errors become SG3001 with the template's line and column.</summary>
public sealed class Theme
{
    private readonly IReadOnlyDictionary<string, Template> _templates;

    private Theme(string displayPath, IReadOnlyDictionary<string, Template> templates, IReadOnlyList<OutputFile> assets)
    {
        DisplayPath = displayPath;
        _templates = templates;
        Assets = assets;
    }

    public string DisplayPath { get; }

    public IReadOnlyList<OutputFile> Assets { get; }

    public IEnumerable<KeyValuePair<string, Template>> Partials =>
        _templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal));

    public static Theme Parse(ThemeSource source, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (path, text) in source.Templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var display = $"{source.DisplayPath}/{path}";
            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Error("SG3001", new SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), $"lỗi cú pháp mẫu: {message.Message}");
                }

                continue;
            }

            templates[path] = template;
        }

        return new Theme(source.DisplayPath, templates, source.Assets);
    }

    public Template? Layout(string name) => _templates.GetValueOrDefault($"layouts/{name}.scriban");

    public string DisplayPathOf(string layoutName) => $"{DisplayPath}/layouts/{layoutName}.scriban";
}
