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
/// Parses a <c>where:</c> mapping into a predicate on one fact type: field tests (a value, a list, or a mapping of
/// operators of <see cref="FieldOperators"/>), the connectives of <see cref="RuleGrammar.Filter"/> (<c>all</c>, <c>any</c>,
/// <c>not</c>, <c>elapsed</c>). Every unknown field and misfit operator is reported.
/// </summary>
internal static class PredicateParser
{
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
            // A plain list is 'in' (on a set, 'includes_any'); a plain value is 'eq' (on a set, 'includes_any').
            case YamlSequenceNode list:
                var listed = FieldOperators.ForList(field);
                if (!listed.Fits(field))
                {
                    map.Diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.OperatorMismatch,
                        $"a list of values does not fit '{field.Name}', which holds {field.Describe()}",
                        location,
                        map.Subject));
                    return null;
                }

                var values = Values(map, list, field);
                return values.IsDefault ? null : new FieldTest(field, listed, values, location);
            case YamlScalarNode:
                var single = FieldOperators.ForValue(field);
                return single.Argument == OperatorArgument.Values
                    ? Values(map, node, field) is { Length: > 0 } one ? new FieldTest(field, single, one, location) : null
                    : ValueParser.Parse(map, node, field) is { } value ? new FieldTest(field, single, value, location) : null;
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

        map.RejectUnknownKeys(RuleGrammar.FieldTests, $"the tests on '{field.Name}'");
        var parts = ImmutableArray.CreateBuilder<Predicate>();
        foreach (var key in map.Keys)
        {
            if (FieldOperators.Find(key) is not { } op)
            {
                continue;
            }

            var keyLocation = map.KeyLocation(key);
            if (!op.Fits(field))
            {
                map.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.OperatorMismatch,
                    $"operator '{key}' does not fit '{field.Name}', which holds {field.Describe()}; it takes: {string.Join(", ", FieldOperators.All.Where(o => o.Fits(field)).Select(o => o.Key))}",
                    keyLocation,
                    map.Subject));
                continue;
            }

            if (Argument(map, op, map.Get(key)!, field) is { } argument)
            {
                parts.Add(new FieldTest(field, op, argument, keyLocation));
            }
        }

        if (!map.Keys.Any())
        {
            map.Error(node, $"the tests on '{field.Name}' are empty", DiagnosticCodes.ConditionShape);
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts.ToImmutable(), location),
        };
    }

    // Reads what the rule wrote after an operator, as the operator's grammar says it is written.
    private static object? Argument(YamlMap map, FieldOperator op, YamlNode value, FactField field) => op.Argument switch
    {
        OperatorArgument.Values when value is YamlSequenceNode list => Values(map, list, field) is { IsDefault: false } values ? values : null,
        OperatorArgument.Values => Report(map, value, $"'{op.Key}' takes a list of values"),
        OperatorArgument.Flag => map.Boolean(op.Key, true, $"'{op.Key}'"),
        OperatorArgument.Window => WindowParser.Parse(map, value),
        OperatorArgument.WholeComparison => Size(map, field, value),
        _ => ValueParser.Parse(map, value, field),
    };

    // size: { gte: 4 } counts the distinct values of a set: "缺失4类及以上" is missing_elements: { size: { gte: 4 } }.
    private static Comparison? Size(YamlMap map, FactField field, YamlNode node)
    {
        var test = map.Nested(node, $"a size test on '{field.Name}' such as {{ gte: 4 }}");
        if (test is null)
        {
            return null;
        }

        test.RejectUnknownKeys(RuleGrammar.Size);
        var comparison = ComparisonParser.Parse(test, "a size test", required: true, integer: true);
        if (comparison is null)
        {
            return null;
        }

        if (comparison.Threshold < 0 || (comparison.Threshold == 0 && comparison.Operator == ComparisonOperator.Lt))
        {
            test.Error(test.Get(comparison.Key)!, $"a set holds at least 0 values, so '{comparison.Key}: {comparison.Threshold}' is impossible", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return comparison;
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
            map.Error(node, $"the list of values for '{field.Name}' is empty", DiagnosticCodes.ConditionShape);
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

        map.RejectUnknownKeys(RuleGrammar.Elapsed);
        var keys = map.ReadBy(RuleGrammar.Elapsed);
        var from = FieldReference.Named(keys, type, "from", "an elapsed-time test", FieldRoles.Elapsed, "a date");
        var to = map.Has("to") ? FieldReference.Named(keys, type, "to", "an elapsed-time test", FieldRoles.Elapsed, "a date") : null;
        var unit = WindowParser.ParseUnit(keys, "in");
        var comparison = ComparisonParser.Parse(map, "an elapsed-time test", required: true, integer: true);
        if (from is null || unit is null || comparison is null || (map.Has("to") && to is null))
        {
            return null;
        }

        if (to is not null && to.Kind != from.Kind)
        {
            map.Error(map.Get("to")!, $"'from' ({from.Name}) and 'to' ({to.Name}) must hold the same kind of time", DiagnosticCodes.OperatorMismatch);
            return null;
        }

        return new Elapsed(from, to, unit.Value, comparison, map.Location);
    }

    private static Predicate? Report(YamlMap map, YamlNode node, string message)
    {
        map.Error(node, message);
        return null;
    }
}
