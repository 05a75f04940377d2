using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses a <c>where:</c> mapping into a predicate on one fact type: field tests (a value, a list, or a mapping of
/// operators), <c>all</c>/<c>any</c>/<c>not</c>, and <c>elapsed</c>. Every unknown field and misfit operator is reported.
/// </summary>
internal static class PredicateParser
{
    private static readonly string[] ElapsedKeys = ["from", "to", "in", .. Comparison.Keys.Keys];

    private static readonly string[] OperatorKeys =
        [.. Comparison.Keys.Keys, "in", "not_in", "present", "within", "not_within", "includes_any", "includes_all", "empty", "size"];

    /// <summary>Parses a <c>where:</c> mapping.</summary>
    /// <param name="parent">The enclosing mapping.</param>
    /// <param name="node">The <c>where</c> node.</param>
    /// <param name="type">The fact type the predicate tests.</param>
    /// <returns>The predicate, or <see langword="null"/> when nothing valid was written.</returns>
    public static Predicate? Parse(YamlMap parent, YamlNode node, FactTypeInfo type)
    {
        var map = parent.Nested(node, $"a filter on {type.Name} (field: test)");
        if (map is null)
        {
            return null;
        }

        var parts = ImmutableArray.CreateBuilder<Predicate>();
        foreach (var key in map.Keys)
        {
            var value = map.Get(key)!;
            var part = key switch
            {
                "all" => Group(map, value, type, any: false),
                "any" => Group(map, value, type, any: true),
                "not" => Parse(map, value, type) is { } inner ? new NotOf(inner, map.KeyLocation(key)) : null,
                "elapsed" => ParseElapsed(map, value, type),
                _ => Field(map, key, value, type),
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return parts.Count == 1 ? parts[0] : new AllOf(parts.ToImmutable(), map.Location);
    }

    private static Predicate? Group(YamlMap map, YamlNode node, FactTypeInfo type, bool any)
    {
        if (node is not YamlSequenceNode list)
        {
            map.Error(node, $"'{(any ? "any" : "all")}' must be a list of filters");
            return null;
        }

        var parts = list.Children.Select(child => Parse(map, child, type)).OfType<Predicate>().ToImmutableArray();
        var location = map.At(node);
        return any ? new AnyOf(parts, location) : new AllOf(parts, location);
    }

    private static Predicate? Field(YamlMap map, string name, YamlNode node, FactTypeInfo type)
    {
        var field = FieldReference.Resolve(map, type, name, map.KeyLocation(name));
        if (field is null)
        {
            return null;
        }

        var location = map.KeyLocation(name);
        switch (node)
        {
            case YamlSequenceNode list when field.Kind == FieldKind.EnumSet:
                return SetTest(map, field, SetOperator.IncludesAny, list, location);
            case YamlSequenceNode list:
                return Membership(map, field, list, negated: false, location);
            case YamlScalarNode when field.Kind == FieldKind.EnumSet:
                return Values(map, node, field) is { Length: > 0 } single ? new FieldSet(field, SetOperator.IncludesAny, single, location) : null;
            case YamlScalarNode:
                return ValueParser.Parse(map, node, field) is { } value ? new FieldCompare(field, ComparisonOperator.Eq, value, location) : null;
            default:
                return Operators(map, field, node, location);
        }
    }

    private static Predicate? Operators(YamlMap parent, FactField field, YamlNode node, SourceLocation location)
    {
        var map = parent.Nested(node, $"tests on '{field.Name}'");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(OperatorKeys, $"the tests on '{field.Name}'");
        var parts = ImmutableArray.CreateBuilder<Predicate>();
        foreach (var key in map.Keys.Where(OperatorKeys.Contains))
        {
            var value = map.Get(key)!;
            var keyLocation = map.KeyLocation(key);
            if (!Fits(key, field))
            {
                map.Diagnostics.Add(Diagnostic.Error(
                    RuleDiagnosticCodes.OperatorMismatch,
                    $"operator '{key}' does not fit '{field.Name}', which holds {field.Describe()}; it takes: {string.Join(", ", OperatorKeys.Where(k => Fits(k, field)))}",
                    keyLocation,
                    map.Subject));
                continue;
            }

            Predicate? part = key switch
            {
                "in" or "not_in" when value is YamlSequenceNode list => Membership(map, field, list, key == "not_in", keyLocation),
                "in" or "not_in" => Report(map, value, $"'{key}' takes a list of values"),
                "present" => map.Boolean(key, true, "a presence test") is { } present ? new FieldPresent(field, present, keyLocation) : null,
                "within" or "not_within" => WindowParser.Parse(map, value) is { } window ? new FieldWithin(field, window, key == "not_within", keyLocation) : null,
                "includes_any" or "includes_all" when value is YamlSequenceNode list =>
                    SetTest(map, field, key == "includes_any" ? SetOperator.IncludesAny : SetOperator.IncludesAll, list, keyLocation),
                "includes_any" or "includes_all" => Report(map, value, $"'{key}' takes a list of values"),
                "empty" => map.Boolean(key, true, "an emptiness test") is { } empty
                    ? new FieldSet(field, empty ? SetOperator.Empty : SetOperator.NotEmpty, [], keyLocation)
                    : null,
                "size" => Size(map, field, value, keyLocation),
                _ => ValueParser.Parse(map, value, field) is { } constant
                    ? new FieldCompare(field, Comparison.Keys[key], constant, keyLocation)
                    : null,
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        if (map.Keys.Intersect(OperatorKeys).Count() == 0 && !map.Keys.Any())
        {
            map.Error(node, $"the tests on '{field.Name}' are empty", RuleDiagnosticCodes.ConditionShape);
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts.ToImmutable(), location),
        };
    }

    private static bool Fits(string key, FactField field)
    {
        var ordered = field.Kind is FieldKind.Integer or FieldKind.Decimal or FieldKind.Date or FieldKind.DateTime or FieldKind.Instant or FieldKind.Duration;
        var timed = field.Kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant;
        if (Comparison.Keys.TryGetValue(key, out var comparison))
        {
            return comparison.Ordered ? ordered : field.Kind != FieldKind.EnumSet;
        }

        return key switch
        {
            "in" or "not_in" => field.Kind is FieldKind.Text or FieldKind.Enum or FieldKind.Integer,
            "present" => field.IsNullable,
            "within" or "not_within" => timed,
            "includes_any" or "includes_all" or "empty" or "size" => field.Kind == FieldKind.EnumSet,
            _ => false,
        };
    }

    // size: { gte: 4 } counts the distinct values of a set: "缺失4类及以上" is missing_elements: { size: { gte: 4 } }.
    private static FieldSetSize? Size(YamlMap map, FactField field, YamlNode node, SourceLocation location)
    {
        var test = map.Nested(node, $"a size test on '{field.Name}' such as {{ gte: 4 }}");
        if (test is null)
        {
            return null;
        }

        test.RejectUnknownKeys([.. Comparison.Keys.Keys], "a size test");
        var comparison = ComparisonParser.Parse(test, "a size test", required: true, integer: true);
        if (comparison is null)
        {
            return null;
        }

        if (comparison.Threshold < 0 || (comparison.Threshold == 0 && comparison.Operator == ComparisonOperator.Lt))
        {
            test.Error(test.Get(comparison.Key)!, $"a set holds at least 0 values, so '{comparison.Key}: {comparison.Threshold}' is impossible", RuleDiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return new FieldSetSize(field, comparison, location);
    }

    private static FieldIn? Membership(YamlMap map, FactField field, YamlSequenceNode list, bool negated, SourceLocation location)
    {
        if (field.Kind is not (FieldKind.Text or FieldKind.Enum or FieldKind.Integer))
        {
            map.Diagnostics.Add(Diagnostic.Error(
                RuleDiagnosticCodes.OperatorMismatch,
                $"a list of values does not fit '{field.Name}', which holds {field.Describe()}",
                location,
                map.Subject));
            return null;
        }

        var values = Values(map, list, field);
        return values.IsDefault ? null : new FieldIn(field, values, negated, location);
    }

    private static FieldSet? SetTest(YamlMap map, FactField field, SetOperator op, YamlSequenceNode list, SourceLocation location)
    {
        var values = Values(map, list, field);
        return values.IsDefault ? null : new FieldSet(field, op, values, location);
    }

    private static ImmutableArray<object> Values(YamlMap map, YamlNode node, FactField field)
    {
        var nodes = node is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[node];
        var values = ImmutableArray.CreateBuilder<object>();
        var ok = true;
        foreach (var item in nodes)
        {
            var value = ValueParser.Parse(map, item, field);
            if (value is null)
            {
                ok = false;
            }
            else
            {
                values.Add(value);
            }
        }

        if (ok && values.Count == 0)
        {
            map.Error(node, $"the list of values for '{field.Name}' is empty", RuleDiagnosticCodes.ConditionShape);
            return default;
        }

        return ok ? values.ToImmutable() : default;
    }

    private static Elapsed? ParseElapsed(YamlMap parent, YamlNode node, FactTypeInfo type)
    {
        var map = parent.Nested(node, "an elapsed-time test { from, to, in, gt }");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(ElapsedKeys, "an elapsed-time test");
        var from = FieldReference.Named(map, type, "from", true, "an elapsed-time test", IsDate, "a date");
        var to = map.Has("to") ? FieldReference.Named(map, type, "to", false, "an elapsed-time test", IsDate, "a date") : null;
        var unit = WindowParser.ParseUnit(map, "in");
        var comparison = ComparisonParser.Parse(map, "an elapsed-time test", required: true, integer: true);
        if (from is null || unit is null || comparison is null || (map.Has("to") && to is null))
        {
            return null;
        }

        if (to is not null && to.Kind != from.Kind)
        {
            map.Error(map.Get("to")!, $"'from' ({from.Name}) and 'to' ({to.Name}) must hold the same kind of time", RuleDiagnosticCodes.OperatorMismatch);
            return null;
        }

        return new Elapsed(from, to, unit.Value, comparison, map.Location);
    }

    private static bool IsDate(FieldKind kind) => kind is FieldKind.Date or FieldKind.DateTime;

    private static Predicate? Report(YamlMap map, YamlNode node, string message)
    {
        map.Error(node, message);
        return null;
    }
}
