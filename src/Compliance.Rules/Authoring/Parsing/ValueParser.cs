using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses constants written in rule files into the typed values of fact fields, with the field's codec
/// (<see cref="FieldCodec"/>): a rule constant is written as the same field is in facts.
/// </summary>
internal static class ValueParser
{
    /// <summary>Parses a scalar node as a value of a field's type.</summary>
    /// <param name="map">The enclosing mapping, for diagnostics.</param>
    /// <param name="node">The node.</param>
    /// <param name="field">The field.</param>
    /// <returns>The value, or <see langword="null"/> after reporting an error.</returns>
    public static object? Parse(YamlMap map, YamlNode node, FactField field)
    {
        var text = map.ScalarText(node, field.Name, field.Describe());
        if (text is null)
        {
            return null;
        }

        // A rule tests a set field for one member ('includes: 首页'), so its constant is one member of the set.
        var codec = FieldCodec.For(field) is EnumSetCodec set ? set.Element : FieldCodec.For(field);
        if (!codec.TryParse(text, out var value))
        {
            map.Error(node, $"'{MessageExcerpt.Of(text)}' is not a valid value for '{field.Name}', which holds {field.Describe()}", DiagnosticCodes.RuleInvalidValue);
        }

        return value;
    }
}
