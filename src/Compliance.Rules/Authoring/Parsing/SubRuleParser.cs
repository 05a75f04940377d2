using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses an indicator written with numbered sub-rules (<c>any:</c>): one 二级 row such as
/// "1.未开设…扣2分；2.…每发现一处扣1分" is one indicator whose sub-rules each hold on their own, with their own points and
/// reason, capped together by the indicator's <c>points: { max: N }</c>.
/// </summary>
/// <remarks>
/// A sub-rule takes the indicator's id, name, kind, group, applicability, source, verification and enabled flag; it gives
/// its <c>rule</c> name, its condition (<c>when</c>, or <c>judged_by: inspector</c>, expanded before parsing), its points
/// (a <c>max</c> left out is the indicator's cap), and its reason, detail and warning wording (<c>warn</c>; left out: the
/// indicator's). How far ahead it warns (<c>warn_ahead</c>) is the indicator's.
/// </remarks>
internal static class SubRuleParser
{
    /// <summary>The key of the sub-rule list.</summary>
    public const string AnyKey = "any";

    /// <summary>The key of a sub-rule's name.</summary>
    public const string RuleKey = "rule";

    // What a sub-rule writes for itself; everything else it takes from its indicator.
    private static readonly HashSet<string> OwnKeys = new(RuleGrammar.SubRule.KeyNames, StringComparer.Ordinal);

    /// <summary>Parses an indicator with sub-rules.</summary>
    /// <param name="map">The indicator's mapping.</param>
    /// <param name="groups">The revision's groups by id, or <see langword="null"/> when they are unknown.</param>
    /// <returns>The indicator with its <see cref="Indicator.SubRules"/>, or <see langword="null"/> after reporting errors.</returns>
    public static Indicator? Parse(YamlMap map, IReadOnlyDictionary<string, IndicatorGroup>? groups)
    {
        map.RejectUnknownKeys(RuleGrammar.Indicator, $"indicator '{map.Subject}'");
        if (map.Has("when"))
        {
            map.Error(map.Get("when")!, "'when' and 'any' are alternatives: an indicator has one condition (when) or numbered sub-rules (any), each with its own condition", DiagnosticCodes.ConditionShape);
            return null;
        }

        // The keys the sub-rules share are checked once, here, so that an error is not repeated for every sub-rule.
        var (id, name, kind, source, provenance, _, applies) = IndicatorParser.ParseHeading(map, warn: true);
        var group = IndicatorParser.ParseGroup(map, kind, groups);
        var keys = map.ReadBy(RuleGrammar.Indicator);
        var reasonText = keys.String("reason");
        var caps = IndicatorExtrasParser.CapsFor(map, applies);
        var samples = IndicatorExtrasParser.Samples(map);
        var anyNode = map.Get(AnyKey)!;
        if (id is null || name is null || kind is null || source is null || provenance is null || applies is null || (map.Has("group") && group is null))
        {
            return null;
        }

        var cap = PointsParser.Parse(map, kind.Value, new AnyConditions([], map.At(anyNode)));
        if (kind is IndicatorKind.Deduction or IndicatorKind.Bonus && cap is null)
        {
            return null;
        }

        var subRules = ParseSubRules(map, anyNode, groups, cap, reasonText is not null, applies);
        if (subRules is null || caps is null || samples is null)
        {
            return null;
        }

        var first = subRules.Value[0];
        return new Indicator(first)
        {
            Rule = null,
            ReasonTemplate = reasonText ?? first.ReasonTemplate,
            DetailTemplate = keys.String("detail") ?? first.DetailTemplate,
            WarnTemplate = keys.String("warn") ?? first.WarnTemplate,
            MaxPoints = cap?.Max,
            Location = map.Location,
            Definition = CanonicalText.Of(map.Node, IndicatorParser.DefinitionKeys),
            DefinitionTree = DefinitionNode.Of(map.Node, IndicatorParser.DefinitionKeys),
            AppliesTo = applies,
            Condition = new AnyConditions([.. subRules.Value.Select(r => r.Condition)], map.At(anyNode)),
            Points = cap,
            SubRules = subRules.Value,
            CapsFor = caps.Value,
            Samples = samples.Value,
        };
    }

    private static ImmutableArray<Indicator>? ParseSubRules(YamlMap map, YamlNode anyNode, IReadOnlyDictionary<string, IndicatorGroup>? groups, PointsRule? cap, bool hasReason, Applicability applies)
    {
        if (anyNode is not YamlSequenceNode { Children.Count: > 0 } items)
        {
            map.Error(anyNode, "'any' lists the indicator's numbered sub-rules, such as - { rule: \"1\", when: …, points: 2, reason: … }");
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var parsed = ImmutableArray.CreateBuilder<Indicator>();
        var failed = false;
        foreach (var item in items.Children)
        {
            var itemMap = map.Nested(item, "a sub-rule");
            if (itemMap is null)
            {
                failed = true;
                continue;
            }

            itemMap.RejectUnknownKeys(RuleGrammar.SubRule, $"a sub-rule of indicator '{map.Subject}'");
            var keys = itemMap.ReadBy(RuleGrammar.SubRule);
            var rule = keys.String(RuleKey, "a sub-rule (its number in the official text, such as \"1\")");
            _ = keys.String("text", "a sub-rule");
            if (rule is not null && !names.Add(rule))
            {
                itemMap.Error(itemMap.Get(RuleKey)!, $"indicator '{map.Subject}' has two sub-rules named '{MessageExcerpt.Of(rule)}'", DiagnosticCodes.DuplicateId);
                rule = null;
            }

            if (!itemMap.Has("reason") && !hasReason)
            {
                itemMap.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingKey, "a sub-rule needs 'reason' when its indicator gives none", itemMap.Location, map.Subject));
                rule = null;
            }

            var merged = Merge(map, itemMap, cap);
            var subRule = rule is null ? null : IndicatorParser.Parse(YamlMap.From(merged, map.File, "a sub-rule", map.Subject, map.Diagnostics, map.SourceMap)!, groups, rule);
            if (subRule is not null && itemMap.Has("applies_to"))
            {
                subRule = Narrowed(itemMap, subRule, applies);
            }

            if (subRule is null)
            {
                failed = true;
                continue;
            }

            parsed.Add(subRule);
        }

        return failed ? null : parsed.ToImmutable();
    }

    // A sub-rule's own applies_to narrows its indicator's: the sub-rule is checked on the subjects both select ("国务院部门门户网站
    // 未开设机构职能类栏目扣4分" is a sub-rule of 机构职能 for the 国务院部门 portals among the scored sites).
    private static Indicator? Narrowed(YamlMap subRule, Indicator parsed, Applicability indicator)
    {
        var own = parsed.AppliesTo;
        if (own.Kind != indicator.Kind)
        {
            subRule.Error(subRule.Get("applies_to")!, $"a sub-rule applies to subjects its indicator selects: the indicator applies to {Facts.FactCatalog.NameOf(indicator.Kind)}, not {Facts.FactCatalog.NameOf(own.Kind)}", DiagnosticCodes.UnknownSubjectKind);
            return null;
        }

        Predicate? where = (indicator.Where, own.Where) switch
        {
            (null, var w) => w,
            (var w, null) => w,
            var (a, b) => new AllOf([a!, b!], own.Where!.Location),
        };
        return new Indicator(parsed) { AppliesTo = new Applicability(indicator.Kind, where) };
    }

    // The sub-rule's own keys, then what it takes from its indicator; a per-occurrence or per-unit sub-rule without a max
    // is capped by the indicator.
    private static YamlMappingNode Merge(YamlMap indicator, YamlMap subRule, PointsRule? cap)
    {
        var children = new List<KeyValuePair<YamlNode, YamlNode>>();
        foreach (var (key, value) in subRule.Node.Children)
        {
            children.Add(new(key, key is YamlScalarNode { Value: "points" } && value is YamlMappingNode points && cap is not null ? WithMax(points, cap, subRule) : value));
        }

        foreach (var (key, value) in indicator.Node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && name is not (AnyKey or "points" or IndicatorParser.CapForKey or IndicatorParser.SampleKey) && !subRule.Has(name)
                && (!OwnKeys.Contains(name) || name is "reason" or "detail" or "warn" or "applies_to"))
            {
                children.Add(new(key, value));
            }
        }

        var merged = new YamlMappingNode(children);
        subRule.SourceMap?.Register(merged, subRule.Location);
        return merged;
    }

    private static YamlNode WithMax(YamlMappingNode points, PointsRule cap, YamlMap subRule)
    {
        if (points.Children.ContainsKey(new YamlScalarNode("max")))
        {
            return points;
        }

        var withMax = new YamlMappingNode(points.Children.Append(new(new YamlScalarNode("max"), new YamlScalarNode(cap.Max.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        subRule.SourceMap?.Register(withMax, subRule.At(points));
        return withMax;
    }
}
