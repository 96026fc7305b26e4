using Showcase.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Showcase.Generator.Content;

/// <summary>Parses YAML text into YamlDotNet's node tree, keeping its 1-based marks; syntax errors become SG1001.</summary>
public static class YamlParser
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after the first '---').</param>
    public static YamlNode? Parse(string path, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return null;
            }

            var root = stream.Documents[0].RootNode;
            return root is YamlScalarNode { Value: null or "" } ? null : root;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            var column = (int)e.Start.Column;
            diagnostics.Error(
                "SG1001",
                new SourceSpan(path, Math.Max(line, 1), Math.Max(column, 1)),
                $"YAML không hợp lệ: {Describe(e)}. Hãy kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.");
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("):", StringComparison.Ordinal);
        return (paren >= 0 && message.StartsWith('(') ? message[(paren + 2)..] : message).Trim().TrimEnd('.');
    }

    public static SourceSpan SpanOf(string path, YamlNode node, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);
}
