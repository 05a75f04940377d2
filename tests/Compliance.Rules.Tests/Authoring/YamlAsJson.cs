using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Reads YAML into JSON the way VS Code's YAML extension does before it checks a schema: YAML 1.2's core schema, where a
/// plain scalar is null, a boolean, an integer or a float when it looks like one and text otherwise; quoted scalars are text.
/// </summary>
internal static partial class YamlAsJson
{
    /// <summary>Converts the first document of a YAML text.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(Node(stream.Documents[0].RootNode));
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode other => JsonValue.Create(other.Value),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonNode? Plain(string text)
    {
        if (NullWord().IsMatch(text))
        {
            return null;
        }

        if (BooleanWord().IsMatch(text))
        {
            return JsonValue.Create(char.ToLowerInvariant(text[0]) == 't');
        }

        if (DecimalInteger().IsMatch(text))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(text[2..]))
        {
            return JsonValue.Create(long.Parse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(text[2..]))
        {
            return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        }

        if (FloatNumber().IsMatch(text))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^(~|null|Null|NULL)?$")]
    private static partial Regex NullWord();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanWord();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexDigits();

    [GeneratedRegex("^[0-7]+$")]
    private static partial Regex OctalDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatNumber();
}
