using System.Text.Encodings.Web;
using System.Text.Json;

namespace Showcase.Generator.Diagnostics;

/// <summary>
/// Diagnostics → JSON for CI annotations and editors: counts, then one object per finding with a fixed property
/// order (file, path, line, column, severity, code, message). Vietnamese stays readable: only what JSON must
/// escape is escaped.
/// </summary>
public static class DiagnosticJsonFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <param name="contentPath">The content folder as the user named it; each finding's <c>path</c> is joined to it.</param>
    public static string Format(IReadOnlyList<Diagnostic> diagnostics, string contentPath)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("content", contentPath);
            json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
            json.WriteStartArray("findings");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.Span.Path);
                json.WriteString("path", Join(contentPath, d.Span.Path));
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Join(string contentPath, string file)
    {
        var root = contentPath.Replace('\\', '/').TrimEnd('/');
        return file is "." ? root : file.StartsWith('-') ? file : root.Length == 0 || root == "." ? file : $"{root}/{file}";
    }
}
