using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Showcase.Generator.Tests.Schemas;

/// <summary>
/// YAML → JSON as an editor's YAML language server sees it (YAML 1.2 core schema): plain scalars that read as null,
/// booleans, integers or floats become those; quoted scalars and everything else are strings.
/// </summary>
public static partial class YamlJson
{
    public static JToken Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? JValue.CreateNull() : Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode list => new JArray(list.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return new JValue(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new JValue(value[0] is 't' or 'T');
        }

        if (IntPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
