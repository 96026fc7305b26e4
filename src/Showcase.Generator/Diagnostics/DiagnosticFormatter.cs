using System.Text;

namespace Showcase.Generator.Diagnostics;

/// <summary>
/// Diagnostics → the text editors and CI read: one line <c>path:line:column: lỗi CODE: message</c> each, then, as
/// Hugo does, the offending source line with a caret under the column.
/// </summary>
public static class DiagnosticFormatter
{
    /// <param name="sourceText">Gives the text of a file named in a diagnostic, or null when unknown.</param>
    public static string Format(IEnumerable<Diagnostic> diagnostics, Func<string, string?> sourceText, bool withSource = true)
    {
        var builder = new StringBuilder();
        var lines = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(diagnostic.ToString()).Append('\n');
            if (!withSource || diagnostic.Span.Line <= 0)
            {
                continue;
            }

            if (!lines.TryGetValue(diagnostic.Span.Path, out var fileLines))
            {
                fileLines = sourceText(diagnostic.Span.Path)?.Split('\n');
                lines[diagnostic.Span.Path] = fileLines;
            }

            if (fileLines is not null && diagnostic.Span.Line <= fileLines.Length)
            {
                var line = fileLines[diagnostic.Span.Line - 1].TrimEnd('\r');
                var gutter = diagnostic.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.Append("  ").Append(gutter).Append(" | ").Append(line).Append('\n');
                var caret = Math.Clamp(diagnostic.Span.Column - 1, 0, line.Length);
                builder.Append("  ").Append(' ', gutter.Length).Append(" | ");
                foreach (var c in line.AsSpan(0, caret))
                {
                    builder.Append(c == '\t' ? '\t' : ' ');
                }

                builder.Append("^\n");
            }
        }

        return builder.ToString();
    }
}
