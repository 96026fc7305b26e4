using System.Globalization;
using System.Text;

namespace Showcase.Bench.Corpus;

/// <summary>Writes the small YAML subset the content format uses: double-quoted strings, flow lists.</summary>
public static class Yaml
{
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> values, bool quote) =>
        "[" + string.Join(", ", values.Select(v => quote ? Quote(v) : v)) + "]";

    public static StringBuilder Field(this StringBuilder sb, string key, string value, bool quote = true) =>
        sb.Append(key).Append(": ").Append(quote ? Quote(value) : value).Append('\n');

    public static StringBuilder Field(this StringBuilder sb, string key, int value) =>
        sb.Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
