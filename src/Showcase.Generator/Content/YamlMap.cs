using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Showcase.Generator.Content;

/// <summary>
/// Reads the fields of one YAML mapping with Vietnamese diagnostics that name the field, the place and what to do.
/// A field that is wrong is reported once and read as missing, so later checks do not pile up on it.
/// </summary>
public sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;

    public YamlMap(string path, YamlMappingNode node, int lineOffset, DiagnosticBag diagnostics)
    {
        Path = path;
        _node = node;
        LineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public string Path { get; }

    public int LineOffset { get; }

    public SourceSpan Span => YamlParser.SpanOf(Path, _node, LineOffset);

    public YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>True when a field is absent, null or only spaces: an optional field written this way is not given.</summary>
    public bool IsBlank(string key) =>
        Node(key) is not { } node || IsNullScalar(node) || node is YamlScalarNode { Value: var v } && string.IsNullOrWhiteSpace(v);

    /// <summary>The place of a field's value, or of the mapping when the field is absent.</summary>
    public SourceSpan SpanOf(string key) => Node(key) is { } n ? YamlParser.SpanOf(Path, n, LineOffset) : Span;

    /// <summary>The place of a field's key, which is where a missing or unknown field is reported.</summary>
    public SourceSpan KeySpanOf(string key)
    {
        foreach (var k in _node.Children.Keys)
        {
            if (k is YamlScalarNode { Value: var v } && v == key)
            {
                return YamlParser.SpanOf(Path, k, LineOffset);
            }
        }

        return Span;
    }

    public string? String(string key, bool required, int? maxLength = null)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode { Value: null } || IsNullScalar(node))
        {
            if (required)
            {
                _diagnostics.Error("SG1002", Span, $"thiếu trường bắt buộc '{key}'. Hãy thêm dòng `{key}: ...`.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là một đoạn văn bản, không phải danh sách hay khối.");
            return null;
        }

        var text = TextNormalizer.Normalize(scalar.Value ?? string.Empty).Trim();
        if (required && text.Length == 0)
        {
            _diagnostics.Error("SG1002", SpanOf(key), $"'{key}' không được để trống.");
            return null;
        }

        if (maxLength is { } max && text.Length > max)
        {
            _diagnostics.Error(
                "SG1007",
                SpanOf(key),
                $"'{key}' dài {text.Length} ký tự, vượt quá {max}. Hãy rút gọn, phần chi tiết đưa vào bài viết.");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    public string? Id(string key, bool required)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!IsSlug(value))
        {
            _diagnostics.Error(
                "SG1004",
                SpanOf(key),
                $"'{key}' phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ \"{Slugifier.Slugify(value)}\"), đang là \"{value}\".");
            return null;
        }

        return value;
    }

    public int? Int(string key, bool required, int min, int max, string meaning)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là {meaning} từ {min} đến {max} (đang là \"{value}\").");
            return null;
        }

        return number;
    }

    public bool Bool(string key, bool defaultValue)
    {
        var value = String(key, required: false);
        switch (value)
        {
            case null:
                return defaultValue;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là true hoặc false (đang là \"{value}\").");
                return defaultValue;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _diagnostics.Error("SG1009", SpanOf(key), $"'{key}' phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-05-19 (đang là \"{value}\").");
            return null;
        }

        return date;
    }

    public string? OneOf(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = String(key, required);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        _diagnostics.Error("SG1006", SpanOf(key), $"'{key}' không nhận giá trị \"{value}\"; hãy dùng một trong: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>A list of scalars (a single scalar counts as a list of one), each with its place.</summary>
    public IReadOnlyList<(string Value, SourceSpan Span)> StringList(string key)
    {
        var node = Node(key);
        if (node is null || IsNullScalar(node))
        {
            return [];
        }

        if (node is YamlScalarNode single)
        {
            var text = TextNormalizer.Normalize(single.Value ?? string.Empty).Trim();
            return text.Length == 0 ? [] : [(text, SpanOf(key))];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là một danh sách, ví dụ [a, b] hoặc mỗi mục một dòng bắt đầu bằng '- '.");
            return [];
        }

        var list = new List<(string, SourceSpan)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } v })
            {
                var text = TextNormalizer.Normalize(v).Trim();
                if (text.Length > 0)
                {
                    list.Add((text, YamlParser.SpanOf(Path, item, LineOffset)));
                }
            }
            else
            {
                _diagnostics.Error("SG1003", YamlParser.SpanOf(Path, item, LineOffset), $"mỗi mục của '{key}' phải là một đoạn văn bản.");
            }
        }

        return list;
    }

    public YamlMap? Map(string key)
    {
        var node = Node(key);
        if (node is null || IsNullScalar(node))
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(Path, mapping, LineOffset, _diagnostics);
        }

        _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là một khối các trường (mỗi trường một dòng, thụt lề).");
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        if (node is null || IsNullScalar(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Error("SG1003", SpanOf(key), $"'{key}' phải là một danh sách, mỗi mục bắt đầu bằng '- '.");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode m)
            {
                maps.Add(new YamlMap(Path, m, LineOffset, _diagnostics));
            }
            else
            {
                _diagnostics.Error("SG1003", YamlParser.SpanOf(Path, item, LineOffset), $"mỗi mục của '{key}' phải là một khối các trường.");
            }
        }

        return maps;
    }

    /// <summary>Warns about keys the format does not know, suggesting the nearest known one.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var key in _node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
            {
                var hint = known.OrderBy(k => EditDistance.Compute(k, name)).ThenBy(k => k, StringComparer.Ordinal).First();
                var suggestion = EditDistance.Compute(hint, name) <= 2 ? $" Có phải ý bạn là '{hint}'?" : string.Empty;
                _diagnostics.Warning("SG1010", YamlParser.SpanOf(Path, key, LineOffset), $"trường '{name}' không có trong định dạng và sẽ bị bỏ qua.{suggestion}");
            }
        }
    }

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    private static bool IsNullScalar(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.DoubleQuoted and not YamlDotNet.Core.ScalarStyle.SingleQuoted, Value: "~" or "null" or "" };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
