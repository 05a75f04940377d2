using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// Compares one indicator as two revisions define it: what <c>compliance-rules diff</c> lists for a changed indicator
/// and what <c>compliance-rules impact</c> names as the text change behind a changed verdict.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static partial class IndicatorDiff
{
    /// <summary>Lists every part of an indicator that differs between two revisions.</summary>
    /// <param name="before">The indicator in the earlier revision.</param>
    /// <param name="after">The same indicator (by id) in the later revision.</param>
    /// <returns>
    /// The parts of the definition (<c>any</c>, <c>applies_to</c>, <c>cap_for</c>, <c>group</c>, <c>kind</c>, <c>points</c>,
    /// <c>sample</c>, <c>when</c>) in ordinal order, then <c>name</c>, <c>reason</c>, <c>detail</c>, <c>max_points</c>,
    /// <c>enabled</c> and <c>provenance</c>; empty when they are the same.
    /// </returns>
    public static ImmutableArray<IndicatorDifference> Between(Indicator before, Indicator after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var differences = ImmutableArray.CreateBuilder<IndicatorDifference>();
        var oldParts = DefinitionParts(before.Definition);
        var newParts = DefinitionParts(after.Definition);
        foreach (var key in oldParts.Keys.Union(newParts.Keys).Order(StringComparer.Ordinal))
        {
            var was = oldParts.GetValueOrDefault(key, "(none)");
            var now = newParts.GetValueOrDefault(key, "(none)");
            if (was != now)
            {
                differences.Add(new IndicatorDifference(key, was, now));
            }
        }

        var others = new IndicatorDifference[]
        {
            new("name", before.Name, after.Name),
            new("reason", before.ReasonTemplate, after.ReasonTemplate),
            new("detail", before.DetailTemplate ?? "(none)", after.DetailTemplate ?? "(none)"),
            new("max_points", before.MaxPoints is { } m ? Number(m) : "(none)", after.MaxPoints is { } n ? Number(n) : "(none)"),
            new("enabled", before.Enabled ? "true" : "false", after.Enabled ? "true" : "false"),
            new("provenance", before.Provenance.ToString().ToLowerInvariant(), after.Provenance.ToString().ToLowerInvariant()),
        };
        differences.AddRange(others.Where(o => o.Was != o.Now));
        return differences.ToImmutable();
    }

    /// <summary>Splits a canonical definition (<c>applies_to: …; group: …; kind: …; points: …; when: …</c>) into its parts.</summary>
    private static Dictionary<string, string> DefinitionParts(string definition)
    {
        var starts = DefinitionKey().Matches(definition).ToList();
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var valueStart = starts[i].Index + starts[i].Length;
            var valueEnd = i + 1 < starts.Count ? starts[i + 1].Index : definition.Length;
            parts[starts[i].Groups["key"].Value] = definition[valueStart..valueEnd];
        }

        return parts;
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?:^|; )(?<key>any|applies_to|cap_for|group|kind|points|sample|when): ", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionKey();
}
