using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Yaml;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses constants written in rule files into the typed values of fact fields.</summary>
internal static partial class ValueParser
{
    private static readonly LocalDateTimePattern DateTimeWithT = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDateTimePattern DateTimeWithSpace = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

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

        var value = TryParse(text, field.Kind, field.EnumType);
        if (value is null)
        {
            map.Error(node, $"'{MessageExcerpt.Of(text)}' is not a valid value for '{field.Name}', which holds {field.Describe()}", DiagnosticCodes.RuleInvalidValue);
        }

        return value;
    }

    /// <summary>Parses text as a value of a field kind.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="enumType">The enumeration type for enum kinds.</param>
    /// <returns>The value, or <see langword="null"/> when the text does not fit.</returns>
    public static object? TryParse(string text, FieldKind kind, Type? enumType)
    {
        switch (kind)
        {
            case FieldKind.Text:
                return text;
            case FieldKind.Boolean:
                return text switch { "true" => true, "false" => false, _ => null };
            case FieldKind.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
            case FieldKind.Decimal:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
            case FieldKind.Date:
                var date = LocalDatePattern.Iso.Parse(text);
                return date.Success ? date.Value : null;
            case FieldKind.DateTime:
                var dt = DateTimeWithT.Parse(text);
                if (!dt.Success)
                {
                    dt = DateTimeWithSpace.Parse(text);
                }

                return dt.Success ? dt.Value : null;
            case FieldKind.Instant:
                var instant = InstantPattern.ExtendedIso.Parse(text);
                return instant.Success ? instant.Value : null;
            case FieldKind.Duration:
                return ParseDuration(text);
            case FieldKind.Enum:
            case FieldKind.EnumSet:
                return EnumLabels.TryParse(enumType!, text, out var member) ? member : null;
            default:
                return null;
        }
    }

    /// <summary>Parses a duration such as <c>15s</c>, <c>500ms</c>, <c>2m</c> or <c>1h</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The duration, or <see langword="null"/>.</returns>
    public static Duration? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var amount = decimal.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var milliseconds = match.Groups["unit"].Value switch
        {
            "ms" => amount,
            "s" => amount * 1000,
            "m" => amount * 60_000,
            _ => amount * 3_600_000,
        };
        return Duration.FromMilliseconds((double)milliseconds);
    }

    [GeneratedRegex(@"^(?<amount>\d+(\.\d+)?)\s*(?<unit>ms|s|m|h)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
