using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Reads the comparison keys (<c>gte: 5</c>, <c>gt: 3</c>) of a mapping; exactly one is allowed.</summary>
internal static class ComparisonParser
{
    /// <summary>Parses the one comparison a mapping holds.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="what">What the mapping is, for messages.</param>
    /// <param name="required">Whether a comparison must be present.</param>
    /// <param name="integer">Whether the threshold must be a whole number.</param>
    /// <returns>The comparison, or <see langword="null"/> when absent or invalid.</returns>
    public static Comparison? Parse(YamlMap map, string what, bool required, bool integer)
    {
        var keys = map.Keys.Where(Comparison.Keys.ContainsKey).ToList();
        if (keys.Count == 0)
        {
            if (required)
            {
                map.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.ConditionShape,
                    $"{what} needs a comparison: one of {string.Join(", ", ComparisonOperator.Keys)} (gte is 超过(含), gt is 超过)",
                    map.Location,
                    map.Subject));
            }

            return null;
        }

        if (keys.Count > 1)
        {
            map.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.ConditionShape,
                $"{what} takes one comparison, found {string.Join(", ", keys)}",
                map.KeyLocation(keys[1]),
                map.Subject));
            return null;
        }

        var key = keys[0];
        var node = map.Get(key)!;
        var text = map.ScalarText(node, key, "a number");
        if (text is null)
        {
            return null;
        }

        decimal? threshold = text.EndsWith('%')
            ? (decimal.TryParse(text[..^1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var percent) ? percent / 100m : null)
            : map.DecimalOf(node, key);
        if (threshold is null)
        {
            if (text.EndsWith('%'))
            {
                map.Error(node, $"'{key}' must be a number or a percentage such as 5%, found '{MessageExcerpt.Of(text)}'");
            }

            return null;
        }

        if (integer && threshold != decimal.Truncate(threshold.Value))
        {
            map.Error(node, $"'{key}' must be a whole number here, found '{MessageExcerpt.Of(text)}'", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        // Counts, ages and elapsed times are whole numbers that the engine counts in 32 bits; a larger one is a typo.
        if (integer && threshold is < int.MinValue or > int.MaxValue)
        {
            map.Error(node, $"'{key}' is too large for a count or a time: at most {int.MaxValue}, found '{MessageExcerpt.Of(text)}'", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return new Comparison(Comparison.Keys[key], threshold.Value);
    }
}
