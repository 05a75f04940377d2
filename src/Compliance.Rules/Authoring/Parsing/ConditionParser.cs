using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses an indicator's <c>when:</c>: exactly one of <c>all</c>, <c>subject</c>, <c>each</c>, <c>exists</c>, <c>none</c>,
/// <c>count</c>, <c>ratio</c>, <c>sum</c>, <c>age</c>, with the comparison the aggregate needs.
/// </summary>
internal static class ConditionParser
{
    private static readonly string[] ShapeKeys = RuleGrammar.ConditionForms;

    /// <summary>Parses a condition.</summary>
    /// <param name="parent">The enclosing mapping (the indicator).</param>
    /// <param name="node">The <c>when</c> node.</param>
    /// <param name="subject">The subject kind the indicator applies to.</param>
    /// <returns>The condition, or <see langword="null"/> after reporting errors.</returns>
    public static Condition? Parse(YamlMap parent, YamlNode node, SubjectKind subject)
    {
        var map = parent.Nested(node, "a condition");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Condition);
        var shapes = map.Keys.Where(ShapeKeys.Contains).ToList();
        if (shapes.Count != 1)
        {
            var found = shapes.Count == 0 ? "none" : string.Join(" and ", shapes);
            map.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.ConditionShape,
                $"a condition needs exactly one of {string.Join(", ", ShapeKeys)}; found {found} (combine several with 'all')",
                shapes.Count > 1 ? map.KeyLocation(shapes[1]) : map.Location,
                map.Subject));
            return null;
        }

        var shape = shapes[0];
        var body = map.Get(shape)!;
        var alias = map.ReadBy(RuleGrammar.Condition).String("as");
        if (!RuleGrammar.ComparedForms.Contains(shape))
        {
            RejectComparison(map, shape);
        }

        if (shape != RuleGrammar.AgeForm && map.Has("when_empty"))
        {
            map.Error(map.Get("when_empty")!, "'when_empty' belongs to an 'age' condition only", DiagnosticCodes.ConditionShape);
        }

        return shape switch
        {
            "all" => All(map, body, subject),
            "subject" => PredicateParser.Parse(map, body, FactCatalog.Subject(subject)) is { } where ? new SubjectTest(where, map.Location) : null,
            "each" => Selection(map, body, shape, RuleGrammar.Selection) is { } selection ? new EachFact(selection.Selection, alias, map.Location) : null,
            _ => Aggregate(map, RuleGrammar.AggregateForms[shape], body, alias),
        };
    }

    private static AllConditions? All(YamlMap map, YamlNode body, SubjectKind subject)
    {
        if (body is not YamlSequenceNode list || list.Children.Count == 0)
        {
            map.Error(body, "'all' must be a non-empty list of conditions");
            return null;
        }

        var parts = list.Children.Select(child => Parse(map, child, subject)).ToList();
        return parts.Any(p => p is null) ? null : new AllConditions([.. parts.OfType<Condition>()], map.Location);
    }

    private static void RejectComparison(YamlMap map, string shape)
    {
        foreach (var key in map.Keys.Where(Comparison.Keys.ContainsKey))
        {
            map.Error(map.Get(key)!, $"'{shape}' takes no comparison; use 'count' with '{key}' to compare a number of facts", DiagnosticCodes.ConditionShape);
        }
    }

    private static Aggregate? Aggregate(YamlMap map, AggregateKind kind, YamlNode body, string? alias)
    {
        var parsed = Selection(map, body, kind.ToString().ToLowerInvariant(), RuleGrammar.SelectionOf(kind));
        var form = kind.ToString().ToLowerInvariant();
        var needsComparison = RuleGrammar.ComparedForms.Contains(form);
        var comparison = needsComparison
            ? ComparisonParser.Parse(map, $"a '{form}' condition", required: true, integer: RuleGrammar.WholeNumberForms.Contains(form))
            : null;
        var thresholdPossible = CheckThreshold(map, kind, comparison);
        if (parsed is null || (needsComparison && comparison is null))
        {
            return null;
        }

        var (selection, inner) = parsed.Value;
        Predicate? matching = null;
        FactField? field = null;
        TimeUnit? unit = null;
        var whenEmpty = false;
        switch (kind)
        {
            case AggregateKind.Ratio:
                var matchingNode = inner.ReadBy(RuleGrammar.RatioSelection).Node("matching", "a ratio");
                matching = matchingNode is null ? null : PredicateParser.Parse(inner, matchingNode, selection.Type);
                if (matching is null)
                {
                    return null;
                }

                break;
            case AggregateKind.Sum:
                field = FieldReference.Named(inner.ReadBy(RuleGrammar.SumSelection), selection.Type, "field", "this aggregate", FieldRoles.Summed, "a number or a set (whose values are counted)");
                if (field is null)
                {
                    return null;
                }

                break;
            case AggregateKind.Age:
                var age = inner.ReadBy(RuleGrammar.AgeSelection);
                field = FieldReference.Named(age, selection.Type, "field", "this aggregate", FieldRoles.Dated, "a date or time");
                unit = WindowParser.ParseUnit(age, "in");
                var empty = map.ReadBy(RuleGrammar.Condition).Boolean("when_empty", "an 'age' condition (does it hold when no fact has a date?)");
                if (field is null || unit is null || empty is null)
                {
                    return null;
                }

                whenEmpty = empty.Value;
                break;
        }

        if (!thresholdPossible)
        {
            return null;
        }

        return new Aggregate(kind, selection, matching, field, unit, comparison, whenEmpty, alias, map.Location);
    }

    private static bool CheckThreshold(YamlMap map, AggregateKind kind, Comparison? comparison)
    {
        if (comparison is null)
        {
            return true;
        }

        var key = comparison.Key;
        var t = comparison.Threshold;

        // Quote the threshold as written: '150%' rather than the 1.5 it stands for.
        var written = map.Get(key) is YamlScalarNode { Value: { } text } ? text : t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? problem = kind switch
        {
            AggregateKind.Count or AggregateKind.Age when t < 0 => $"a {kind.ToString().ToLowerInvariant()} is never negative, so '{key}: {written}' is impossible",
            AggregateKind.Count or AggregateKind.Age when comparison.Operator == ComparisonOperator.Lt && t == 0 => $"'{key}: {written}' can never hold: a {kind.ToString().ToLowerInvariant()} is never below 0",
            AggregateKind.Ratio when t is < 0 or > 1 => $"a ratio lies between 0 and 1 (0% and 100%), so '{key}: {written}' is impossible",
            _ => null,
        };
        if (problem is null)
        {
            return true;
        }

        map.Error(map.Get(key)!, problem, DiagnosticCodes.ImpossibleThreshold);
        return false;
    }

    /// <summary>Parses a selection (<c>of</c>, <c>where</c>) and the mapping that holds it, with the keys its grammar allows.</summary>
    /// <param name="map">The enclosing mapping.</param>
    /// <param name="body">The selection's mapping.</param>
    /// <param name="shape">The shape's key, for messages.</param>
    /// <param name="grammar">The keys the mapping may hold: <c>of</c>, <c>where</c> and those of its shape.</param>
    /// <returns>The selection and its mapping, or <see langword="null"/> after reporting errors.</returns>
    internal static (Selection Selection, YamlMap Inner)? Selection(YamlMap map, YamlNode body, string shape, MappingGrammar grammar)
    {
        var inner = map.Nested(body, $"the facts of '{shape}' ({{ of: Type, where: ... }})");
        if (inner is null)
        {
            return null;
        }

        inner.RejectUnknownKeys(grammar, $"'{shape}'");
        var typeName = inner.ReadBy(grammar).String("of", $"'{shape}'");
        if (typeName is null)
        {
            return null;
        }

        var type = FactCatalog.FindObservation(typeName, inner.ValueLocation("of"), inner.Diagnostics, inner.Subject);
        if (type is null)
        {
            inner.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.RuleUnknownFactType,
                $"unknown fact type '{MessageExcerpt.Of(typeName)}'{YamlMap.Suggest(FactCatalog.ToSnakeCase(typeName), FactCatalog.ObservationTypes.Select(t => t.Name))}; the fact types are: {FactCatalog.ObservationTypeList}",
                inner.ValueLocation("of"),
                inner.Subject));
            return null;
        }

        var whereNode = inner.Get("where");
        var where = whereNode is null ? null : PredicateParser.Parse(inner, whereNode, type);
        return (new Selection(type, where, inner.Location), inner);
    }
}
