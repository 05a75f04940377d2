using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>The parsed header of a revision: metadata, scoring and groups.</summary>
/// <param name="Id">The revision id.</param>
/// <param name="Title">The title.</param>
/// <param name="Document">The issuing document.</param>
/// <param name="EffectiveFrom">The date it is in force from.</param>
/// <param name="CalendarId">The calendar id.</param>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="Scoring">The scoring parameters.</param>
/// <param name="Groups">The groups.</param>
/// <param name="Report">The report settings.</param>
/// <param name="NotChecked">The subjects the revision excludes from the inspection, with the reason.</param>
/// <param name="WarnAhead">How far ahead warnings are given unless an indicator says otherwise, if the revision says.</param>
internal sealed record RevisionHeader(
    string Id,
    string Title,
    string Document,
    LocalDate EffectiveFrom,
    string CalendarId,
    string Jurisdiction,
    ScoringParameters Scoring,
    ImmutableArray<IndicatorGroup> Groups,
    ReportSettings Report,
    ImmutableArray<ExclusionRule> NotChecked,
    WarnAhead? WarnAhead);

/// <summary>Parses <c>revision.yaml</c> (merged with its bases): metadata, <c>scoring</c> and <c>groups</c>.</summary>
internal static class RevisionHeaderParser
{
    /// <summary>Parses a revision header.</summary>
    /// <param name="map">The (merged) revision mapping.</param>
    /// <param name="indicatorIds">The ids of the revision's indicators, which <c>report:</c> may name; <see langword="null"/> when unknown.</param>
    /// <returns>The header, or <see langword="null"/> after reporting errors.</returns>
    public static RevisionHeader? Parse(YamlMap map, IReadOnlySet<string>? indicatorIds = null)
    {
        map.RejectUnknownKeys(RuleGrammar.Revision);
        var keys = map.ReadBy(RuleGrammar.Revision);
        var id = keys.String("id", "a revision");
        var title = keys.String("title", "a revision");
        var document = keys.String("document", "a revision");
        _ = keys.String("issuer", "a revision");
        _ = keys.String("note", "a revision");
        var effective = keys.Date("effective_from", "a revision");
        var calendar = keys.String("calendar", "a revision (the working-day calendar id, such as cn)");
        var jurisdiction = keys.String("jurisdiction", "a revision") ?? "national";
        var groups = ParseGroups(map);
        var scoringNode = keys.Node("scoring", "a revision");
        var scoring = scoringNode is null ? null : ParseScoring(map, scoringNode, groups);
        var report = map.Get("report") is { } reportNode ? ReportSettingsParser.Parse(map, reportNode, indicatorIds) : ReportSettings.Default;
        var notChecked = ParseNotChecked(map);
        var warnAhead = WarnAheadParser.Parse(map);
        if (id is null || title is null || document is null || effective is null || calendar is null || scoring is null
            || (map.Has(WarnAheadParser.Key) && warnAhead is null))
        {
            return null;
        }

        return new RevisionHeader(id, title, document, effective.Value, calendar, jurisdiction, scoring, groups, report, notChecked, warnAhead);
    }

    private static ImmutableArray<ExclusionRule> ParseNotChecked(YamlMap map)
    {
        var node = map.Get("not_checked");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            map.Error(node, "'not_checked' must be a list of { applies_to, reason }");
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<ExclusionRule>();
        foreach (var item in list.Children)
        {
            var rule = map.Nested(item, "a 'not_checked' entry");
            if (rule is null)
            {
                continue;
            }

            rule.RejectUnknownKeys(RuleGrammar.NotChecked);
            var keys = rule.ReadBy(RuleGrammar.NotChecked);
            var applies = keys.Node("applies_to", "a 'not_checked' entry") is { } a ? ApplicabilityParser.Parse(rule, a) : null;
            var reason = keys.String("reason", "a 'not_checked' entry (why such subjects are not inspected, such as 账号已关停)");
            if (applies is not null && reason is not null)
            {
                rules.Add(new ExclusionRule(applies, reason));
            }
        }

        return rules.ToImmutable();
    }

    private static ImmutableArray<IndicatorGroup> ParseGroups(YamlMap map)
    {
        var node = map.Get("groups");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            map.Error(node, "'groups' must be a list of { id, name, kind, max }");
            return [];
        }

        var groups = ImmutableArray.CreateBuilder<IndicatorGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var group = map.Nested(item, "a group");
            if (group is null)
            {
                continue;
            }

            group.RejectUnknownKeys(RuleGrammar.Group);
            var keys = group.ReadBy(RuleGrammar.Group);
            var id = keys.String("id", "a group");
            var name = keys.String("name", "a group");
            var kindText = keys.String("kind", "a group");
            var max = keys.Decimal("max", "a group");
            if (id is not null && !seen.Add(id))
            {
                group.Error(group.Get("id")!, $"group '{MessageExcerpt.Of(id)}' is defined twice", DiagnosticCodes.DuplicateId);
                continue;
            }

            IndicatorKind? kind = kindText is not null && RuleChoices.GroupKinds.TryGet(kindText, out IndicatorKind read) ? read : null;
            if (kindText is not null && kind is null)
            {
                group.Error(group.Get("kind")!, $"a group's 'kind' must be {RuleChoices.GroupKinds.Listed()}, found '{MessageExcerpt.Of(kindText)}'");
            }

            if (max < 0)
            {
                group.Error(group.Get("max")!, $"a group's 'max' cannot be negative, found {max}", DiagnosticCodes.ImpossibleThreshold);
                continue;
            }

            if (id is not null && name is not null && kind is not null && max is not null)
            {
                groups.Add(new IndicatorGroup(id, name, kind.Value, max.Value));
            }
        }

        return groups.ToImmutable();
    }

    private static ScoringParameters? ParseScoring(YamlMap parent, YamlNode node, ImmutableArray<IndicatorGroup> groups)
    {
        var map = parent.Nested(node, "the scoring parameters");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Scoring);
        var keys = map.ReadBy(RuleGrammar.Scoring);
        var baseScore = Points(keys, "base");
        var failBelow = Points(keys, "fail_below");
        var bonusAbove = Points(keys, "bonus_above");
        var bonusMax = Points(keys, "bonus_max");
        var scored = map.Get("scored") is { } scoredNode ? ApplicabilityParser.ParseMany(map, scoredNode) : [];
        var eligible = map.Get("bonus_eligible") is { } eligibleNode ? ApplicabilityParser.ParseMany(map, eligibleNode) : [];
        var rescaling = map.Get("without_external_services") is { } rescalingNode ? ParseRescaling(map, rescalingNode, groups) : null;
        if (baseScore is null || failBelow is null || bonusAbove is null || bonusMax is null)
        {
            return null;
        }

        if (failBelow > baseScore)
        {
            map.Error(map.Get("fail_below")!, $"'fail_below' ({failBelow}) is above 'base' ({baseScore}): every subject would fail", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return new ScoringParameters
        {
            Base = baseScore.Value,
            FailBelow = failBelow.Value,
            BonusAbove = bonusAbove.Value,
            BonusMax = bonusMax.Value,
            Scored = scored,
            BonusEligible = eligible,
            WithoutExternalServices = rescaling,
        };
    }

    private static ExternalServicesRescaling? ParseRescaling(YamlMap parent, YamlNode node, ImmutableArray<IndicatorGroup> groups)
    {
        var map = parent.Nested(node, "the rescaling for subjects without external services");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Rescaling);
        var keys = map.ReadBy(RuleGrammar.Rescaling);
        var applies = keys.Node("applies_to", "'without_external_services'") is { } a ? ApplicabilityParser.Parse(map, a) : null;
        var baseScore = Points(keys, "base");
        var scaleText = keys.String("scale", "'without_external_services' (a fraction such as 4/3)");
        var excluded = ImmutableArray.CreateBuilder<string>();
        if (keys.Node("excluded_groups", "'without_external_services'") is { } excludedNode)
        {
            if (excludedNode is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    var id = map.ScalarText(item, "excluded_groups", "a group id");
                    if (id is not null && groups.All(g => g.Id != id))
                    {
                        map.Error(item, $"unknown group '{MessageExcerpt.Of(id)}' in 'excluded_groups'", DiagnosticCodes.GroupError);
                    }
                    else if (id is not null)
                    {
                        excluded.Add(id);
                    }
                }
            }
            else
            {
                map.Error(excludedNode, "'excluded_groups' must be a list of group ids");
            }
        }

        var scale = scaleText is null ? null : Fraction(scaleText);
        if (scaleText is not null && scale is null)
        {
            map.Error(map.Get("scale")!, $"'scale' must be a positive number or fraction such as 4/3, found '{MessageExcerpt.Of(scaleText)}'");
        }

        if (applies is null || baseScore is null || scale is null)
        {
            return null;
        }

        return new ExternalServicesRescaling(excluded.ToImmutable(), baseScore.Value, scale.Value.Numerator, scale.Value.Denominator) { AppliesTo = applies };
    }

    private static (decimal Numerator, decimal Denominator)? Fraction(string text)
    {
        var parts = text.Split('/');
        var numbers = parts.Select(p => decimal.TryParse(p.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null).ToList();
        return numbers switch
        {
            [{ } n] when n > 0 => (n, 1m),
            [{ } n, { } d] when n > 0 && d > 0 => (n, d),
            _ => null,
        };
    }

    private static decimal? Points(GrammarMapReader keys, string key)
    {
        var map = keys.Map;
        var value = keys.Decimal(key, "the scoring parameters");
        if (value < 0)
        {
            map.Error(map.Get(key)!, $"'{key}' cannot be negative, found {value}", DiagnosticCodes.ImpossibleThreshold);
            return null;
        }

        return value;
    }
}
