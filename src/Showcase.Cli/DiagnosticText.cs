using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Rendering;

namespace Showcase.Cli;

/// <summary>Diagnostics as every command prints them, with the source line and caret taken from the files that were read.</summary>
public static class DiagnosticText
{
    public static string Format(IEnumerable<Diagnostic> diagnostics, ContentSource content, ThemeSource? theme = null)
    {
        var texts = content.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        if (theme is not null)
        {
            foreach (var (path, text) in theme.Templates)
            {
                texts[$"{theme.DisplayPath}/{path}"] = text;
            }
        }

        return DiagnosticFormatter.Format(diagnostics, texts.GetValueOrDefault);
    }
}
