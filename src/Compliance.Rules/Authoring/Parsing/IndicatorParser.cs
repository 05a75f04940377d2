using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses one indicator mapping (after any overlay has been merged into it).</summary>
internal static class IndicatorParser
{
    /// <summary>The key of the caps for some subjects.</summary>
    public const string CapForKey = "cap_for";

    /// <summary>The key of the samples an indicator reads.</summary>
    public const string SampleKey = "sample";

    // The keys that define what an indicator checks and how it scores, compared between revisions.
    internal static readonly string[] DefinitionKeys = ["applies_to", "when", SubRuleParser.AnyKey, "points", CapForKey, SampleKey, "group", "kind"];

    /// <summary>Parses an indicator.</summary>
    /// <param name="map">The indicator's mapping, with its id as subject.</param>
    /// <param name="groups">The revision's groups by id, or <see langword="null"/> when they are unknown (its header has errors) and the group is not checked.</param>
    /// <returns>The indicator, or <see langword="null"/> after reporting errors.</returns>
    public static Indicator? Parse(YamlMap map, IReadOnlyDictionary<string, IndicatorGroup>? groups) =>
        map.Has(SubRuleParser.AnyKey) ? SubRuleParser.Parse(map, groups) : Parse(map, groups, null);

    /// <summary>Parses an indicator, or one sub-rule of an indicator written with <c>any:</c>.</summary>
    /// <param name="map">The indicator's mapping, or the sub-rule's merged with the keys it takes from its indicator.</param>
    /// <param name="groups">The revision's groups by id, or <see langword="null"/> when they are unknown.</param>
    /// <param name="subRule">The sub-rule's name, or <see langword="null"/> for an indicator.</param>
    /// <returns>The indicator or sub-rule, or <see langword="null"/> after reporting errors.</returns>
    internal static Indicator? Parse(YamlMap map, IReadOnlyDictionary<string, IndicatorGroup>? groups, string? subRule)
    {
        if (subRule is null)
        {
            map.RejectUnknownKeys(RuleGrammar.Indicator, $"indicator '{map.Subject}'");
        }

        var (id, name, kind, source, provenance, enabled, applies) = ParseHeading(map, warn: subRule is null);
        var caps = subRule is null ? IndicatorExtrasParser.CapsFor(map, applies) : [];
        var samples = subRule is null ? IndicatorExtrasParser.Samples(map) : [];
        var keys = map.ReadBy(RuleGrammar.Indicator);
        var whenNode = keys.Node("when");
        var condition = whenNode is null || applies is null ? null : ConditionParser.Parse(map, whenNode, applies.Kind);
        var points = kind is null ? null : PointsParser.Parse(map, kind.Value, condition);
        var group = ParseGroup(map, kind, groups);
        var reasonText = keys.String("reason");
        var detailText = keys.String("detail");
        var warnText = keys.String("warn");
        var reason = reasonText is null ? null : Template(map, "reason", reasonText, condition, applies, PlaceholderCatalog.For);
        var detail = detailText is null ? null : Template(map, "detail", detailText, condition, applies, PlaceholderCatalog.For);
        var warn = warnText is null ? null : Template(map, "warn", warnText, condition, applies, PlaceholderCatalog.ForWarning);
        var warnAhead = WarnAheadParser.Parse(map);

        if (id is null || name is null || kind is null || source is null || provenance is null || applies is null || condition is null
            || reason is null || (detailText is not null && detail is null) || (warnText is not null && warn is null)
            || (map.Has(WarnAheadParser.Key) && warnAhead is null) || (kind is IndicatorKind.Deduction or IndicatorKind.Bonus && points is null)
            || (map.Has("group") && group is null) || caps is null || samples is null)
        {
            return null;
        }

        return new Indicator
        {
            Id = id,
            Name = name,
            Kind = kind.Value,
            Group = group?.Id,
            Rule = subRule,
            SubjectKind = applies.Kind,
            Source = source,
            Provenance = provenance.Value,
            Enabled = enabled,
            ReasonTemplate = reasonText!,
            DetailTemplate = detailText,
            WarnTemplate = warnText,
            MaxPoints = points?.Max,
            Location = map.Location,
            Definition = CanonicalText.Of(map.Node, DefinitionKeys),
            DefinitionTree = DefinitionNode.Of(map.Node, DefinitionKeys),
            AppliesTo = applies,
            Condition = condition,
            Points = points,
            Reason = reason,
            Detail = detail,
            Warn = warn,
            WarnAhead = warnAhead,
            CapsFor = caps.Value,
            Samples = samples.Value,
        };
    }

    /// <summary>Parses the keys that say what an indicator is, whom it applies to and where it comes from.</summary>
    /// <param name="map">The indicator.</param>
    /// <param name="warn">Whether to report a deprecated <c>verified</c> (for an indicator, not again for each sub-rule).</param>
    /// <returns>Each key's value, or <see langword="null"/> after reporting its error.</returns>
    internal static (string? Id, string? Name, IndicatorKind? Kind, string? Source, IndicatorProvenance? Provenance, bool Enabled, Applicability? Applies) ParseHeading(YamlMap map, bool warn)
    {
        var keys = map.ReadBy(RuleGrammar.Indicator);
        var id = keys.String("id");
        var name = keys.String("name");
        var kind = ParseKind(map);
        var source = keys.String("source", "an indicator (the document, part and clause it comes from)");
        var verified = IndicatorExtrasParser.Provenance(map, warn);
        var enabled = keys.Boolean("enabled") ?? true;
        _ = keys.String("note");
        var appliesNode = keys.Node("applies_to");
        var applies = appliesNode is null ? null : ApplicabilityParser.Parse(map, appliesNode);
        return (id, name, kind, source, verified, enabled, applies);
    }

    /// <summary>Parses an indicator's kind.</summary>
    /// <param name="map">The indicator.</param>
    /// <returns>The kind, or <see langword="null"/> after reporting an error.</returns>
    internal static IndicatorKind? ParseKind(YamlMap map)
    {
        var text = map.ReadBy(RuleGrammar.Indicator).String("kind");
        if (text is null)
        {
            return null;
        }

        if (RuleChoices.IndicatorKinds.TryGet(text, out IndicatorKind kind))
        {
            return kind;
        }

        map.Error(map.Get("kind")!, $"'kind' must be {RuleChoices.IndicatorKinds.Listed()}, found '{MessageExcerpt.Of(text)}'");
        return null;
    }

    /// <summary>Parses and checks an indicator's group.</summary>
    /// <param name="map">The indicator.</param>
    /// <param name="kind">Its kind, when known.</param>
    /// <param name="groups">The revision's groups, when known.</param>
    /// <returns>The group, or <see langword="null"/> when none is given or after reporting an error.</returns>
    internal static IndicatorGroup? ParseGroup(YamlMap map, IndicatorKind? kind, IReadOnlyDictionary<string, IndicatorGroup>? groups)
    {
        var groupId = map.ReadBy(RuleGrammar.Indicator).String("group");
        if (groupId is null || groups is null)
        {
            return null;
        }

        if (!groups.TryGetValue(groupId, out var group))
        {
            var known = groups.Count == 0 ? "the revision defines no groups" : "the groups are: " + string.Join(", ", groups.Keys.Order(StringComparer.Ordinal));
            map.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.GroupError,
                $"unknown group '{MessageExcerpt.Of(groupId)}'{YamlMap.Suggest(groupId, groups.Keys)}; {known}",
                map.ValueLocation("group"),
                map.Subject));
            return null;
        }

        // A notice scores nothing, so it may sit in a group of any kind (the group only says where it is reported).
        if (kind is not null && kind != IndicatorKind.Notice && group.Kind != kind)
        {
            map.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.GroupError,
                $"group '{MessageExcerpt.Of(groupId)}' holds {EnumVocabulary.NameOf(group.Kind)} indicators, but this indicator is a {EnumVocabulary.NameOf(kind.Value)}",
                map.ValueLocation("group"),
                map.Subject));
            return null;
        }

        return group;
    }

    private static ReasonTemplate? Template(
        YamlMap map,
        string key,
        string text,
        Condition? condition,
        Applicability? applies,
        Func<Condition, SubjectKind, IReadOnlyDictionary<string, PlaceholderKind>> catalog)
    {
        var errors = new List<string>();
        var template = ReasonTemplate.Parse(text, errors);
        if (condition is not null && applies is not null)
        {
            template.Check(catalog(condition, applies.Kind), errors);
        }

        foreach (var error in errors)
        {
            map.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.TemplateError, $"{key}: {error}", map.ValueLocation(key), map.Subject));
        }

        return errors.Count == 0 ? template : null;
    }
}
