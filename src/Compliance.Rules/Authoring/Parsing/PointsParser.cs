using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses <c>points:</c>: a number (fixed), or <c>{ per_occurrence, max }</c>, <c>{ per_unit, unit, measure, max }</c>,
/// <c>{ from_field, max }</c>.
/// </summary>
internal static class PointsParser
{
    // The keys that give points given per something their style; points have exactly one (the grammar's only group of alternatives).
    private static readonly string[] Styles = [.. RuleGrammar.Points.Alternatives.Single().Keys];

    /// <summary>Parses the points of an indicator.</summary>
    /// <param name="indicator">The indicator's mapping.</param>
    /// <param name="kind">The indicator's kind.</param>
    /// <param name="condition">The indicator's condition, when it parsed.</param>
    /// <returns>The points rule; <see langword="null"/> for a veto or after reporting errors.</returns>
    public static PointsRule? Parse(YamlMap indicator, IndicatorKind kind, Condition? condition)
    {
        if (condition is AnyConditions)
        {
            return ParseCap(indicator, kind);
        }

        var node = indicator.Get("points");
        if (kind is IndicatorKind.Veto or IndicatorKind.Notice)
        {
            if (node is not null)
            {
                var why = kind == IndicatorKind.Veto ? "a veto indicator takes no points: one violation fails the subject" : "a notice takes no points: it is reported and counted, never scored";
                indicator.Error(node, why, DiagnosticCodes.PointsError);
            }

            return null;
        }

        if (node is null)
        {
            indicator.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Create(
                DiagnosticCodes.PointsError,
                $"a {EnumVocabulary.NameOf(kind)} indicator needs 'points'",
                indicator.Location,
                indicator.Subject));
            return null;
        }

        var each = condition is not null && Templates.PlaceholderCatalog.Parts(condition).Any(p => p is EachFact);
        if (node is YamlScalarNode)
        {
            var fixedPoints = NonNegative(indicator, node, "points");
            if (fixedPoints is null)
            {
                return null;
            }

            if (each)
            {
                indicator.Error(node, "an 'each' condition finds one violation per fact: give { per_occurrence: N, max: M } so the total is capped", DiagnosticCodes.PointsError);
                return null;
            }

            return new FixedPoints(fixedPoints.Value, fixedPoints.Value, indicator.At(node));
        }

        var map = indicator.Nested(node, "points");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Points);
        var keys = map.ReadBy(RuleGrammar.Points);
        var maxNode = keys.Node("max", "points given per occurrence, per unit or from a field");
        var max = maxNode is null ? null : NonNegative(map, maxNode, "max");
        var location = map.Location;
        var styles = Styles.Where(map.Has).ToList();
        if (styles.Count != 1)
        {
            map.Error(node, $"points need exactly one of {string.Join(", ", Styles)} (or a plain number for fixed points)", DiagnosticCodes.PointsError);
            return null;
        }

        if (max is null)
        {
            return null;
        }

        if (max == 0)
        {
            indicator.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Create(
                DiagnosticCodes.Deprecated,
                $"a {EnumVocabulary.NameOf(kind)} of at most 0 points changes no score (a deprecated form): write 'kind: notice' and leave out 'points' to report the finding without points",
                map.ValueLocation("max"),
                indicator.Subject));
        }

        switch (styles[0])
        {
            case "per_occurrence":
                var perOccurrence = NonNegative(map, map.Get("per_occurrence")!, "per_occurrence");
                return perOccurrence is null ? null : Capped(map, new PerOccurrencePoints(perOccurrence.Value, max.Value, location), perOccurrence.Value);
            case "per_unit":
                var perUnit = NonNegative(map, map.Get("per_unit")!, "per_unit");
                var unitNode = keys.Node("unit", "points per unit");
                var unit = unitNode is null ? null : NonNegative(map, unitNode, "unit");
                var measure = keys.String("measure", "points per unit");
                if (perUnit is null || unit is null || measure is null)
                {
                    return null;
                }

                if (unit == 0)
                {
                    map.Error(unitNode!, "'unit' must be above 0", DiagnosticCodes.ImpossibleThreshold);
                    return null;
                }

                if (!RuleChoices.Measures.TryGet(measure, out string _))
                {
                    map.Error(map.Get("measure")!, $"'measure' must be one of {string.Join(", ", RuleChoices.Measures.Names)}, found '{MessageExcerpt.Of(measure)}'");
                    return null;
                }

                if (each)
                {
                    map.Error(node, "points per unit need an aggregate condition (count, ratio, sum or age), not 'each'", DiagnosticCodes.PointsError);
                    return null;
                }

                return new PerUnitPoints(perUnit.Value, unit.Value, measure, max.Value, location);
            default:
                var fieldName = keys.String("from_field", "points from a field");
                if (fieldName is null)
                {
                    return null;
                }

                var eachFact = condition is null ? null : Templates.PlaceholderCatalog.Parts(condition).OfType<EachFact>().FirstOrDefault();
                if (eachFact is null)
                {
                    if (condition is not null)
                    {
                        map.Error(map.Get("from_field")!, "points from a field need an 'each' condition: the field is read from each matched fact", DiagnosticCodes.PointsError);
                    }

                    return null;
                }

                if (!eachFact.Selection.Type.Fields.TryGetValue(fieldName, out var field) || !FieldRoles.Points(field.Kind))
                {
                    map.Error(map.Get("from_field")!, $"'from_field' must name a number field of {eachFact.Selection.Type.Name}; '{MessageExcerpt.Of(fieldName)}' is not one", DiagnosticCodes.RuleUnknownField);
                    return null;
                }

                return new FieldPoints(field, max.Value, location);
        }
    }

    private static PointsRule? Capped(YamlMap map, PointsRule rule, decimal amount)
    {
        if (rule.Max < amount)
        {
            map.Error(map.Get("max")!, $"'max' ({rule.Max}) is below the points of one occurrence ({amount})", DiagnosticCodes.PointsError);
            return null;
        }

        return rule;
    }

    private static decimal? NonNegative(YamlMap map, YamlNode node, string key)
    {
        var value = map.DecimalOf(node, key);
        if (value < 0)
        {
            map.Error(node, $"'{key}' is a number of points and cannot be negative (deductions are written as positive points)", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return value;
    }

    // An indicator with sub-rules gives only the cap they share; each sub-rule gives its own points.
    private static PointsRule? ParseCap(YamlMap indicator, IndicatorKind kind)
    {
        var node = indicator.Get("points");
        if (kind is IndicatorKind.Veto or IndicatorKind.Notice)
        {
            if (node is not null)
            {
                indicator.Error(node, $"a {EnumVocabulary.NameOf(kind)} takes no points", DiagnosticCodes.PointsError);
            }

            return null;
        }

        var map = node is null ? null : indicator.Nested(node, "points");
        if (map is null || !map.Has("max") || map.Keys.Count() != 1)
        {
            indicator.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Create(
                DiagnosticCodes.PointsError,
                "an indicator with sub-rules (any:) gives the cap they share as points: { max: N }; each sub-rule gives its own points",
                node is null ? indicator.Location : indicator.At(node),
                indicator.Subject));
            return null;
        }

        var max = NonNegative(map, map.Get("max")!, "max");
        return max is null ? null : new CapOnly(max.Value, map.Location);
    }
}
