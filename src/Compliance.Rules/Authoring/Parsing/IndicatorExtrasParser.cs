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
/// Parses the keys an indicator may add to its condition and points: its <c>provenance</c> (or the deprecated
/// <c>verified</c>), caps for some subjects (<c>cap_for</c>) and the sizes of the samples it reads (<c>sample</c>).
/// </summary>
internal static class IndicatorExtrasParser
{
    /// <summary>
    /// Parses an indicator's provenance: <c>provenance: confirmed | transcribed | derived</c>, or the deprecated
    /// <c>verified: true | false</c> (read as confirmed or derived, with warning CR2101).
    /// </summary>
    /// <param name="map">The indicator.</param>
    /// <param name="warn">Whether to report the deprecated form (once per indicator, not per sub-rule).</param>
    /// <returns>The provenance, or <see langword="null"/> after reporting an error.</returns>
    public static IndicatorProvenance? Provenance(YamlMap map, bool warn)
    {
        if (map.Has("provenance") && map.Has("verified"))
        {
            map.Error(map.Get("verified")!, "'verified' is the old form of 'provenance': give only 'provenance'", DiagnosticCodes.UnknownKey);
            return null;
        }

        if (map.Has("verified"))
        {
            var verified = map.ReadBy(RuleGrammar.Indicator).Boolean("verified", "an indicator (true when checked against the official text)");
            if (verified is null)
            {
                return null;
            }

            var read = verified.Value ? IndicatorProvenance.Confirmed : IndicatorProvenance.Derived;
            if (warn)
            {
                map.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.Deprecated,
                    $"'verified: {(verified.Value ? "true" : "false")}' is a deprecated form: write 'provenance: {Name(read)}' (confirmed, transcribed or derived)",
                    map.KeyLocation("verified"),
                    map.Subject));
            }

            return read;
        }

        var text = map.ReadBy(RuleGrammar.Indicator).String("provenance", "an indicator (confirmed, transcribed or derived: how far it rests on the official text)");
        if (text is null)
        {
            return null;
        }

        if (RuleChoices.Provenances.TryGet(text, out IndicatorProvenance provenance))
        {
            return provenance;
        }

        map.Error(map.Get("provenance")!, $"'provenance' must be {RuleChoices.Provenances.Listed()}, found '{MessageExcerpt.Of(text)}'{YamlMap.Suggest(text, [.. RuleChoices.Provenances.Names])}");
        return null;
    }

    /// <summary>Gets the YAML name of a provenance.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>confirmed, transcribed or derived.</returns>
    public static string Name(IndicatorProvenance provenance) => RuleChoices.Provenances.NameOf(provenance);

    /// <summary>Parses <c>cap_for: [{ applies_to, max }]</c>: caps that replace the indicator's own for some subjects.</summary>
    /// <param name="map">The indicator.</param>
    /// <param name="indicatorApplies">The indicator's applicability, when known.</param>
    /// <returns>The caps (empty when none are written), or <see langword="null"/> after reporting an error.</returns>
    public static ImmutableArray<SubjectCap>? CapsFor(YamlMap map, Applicability? indicatorApplies)
    {
        var node = map.Get(IndicatorParser.CapForKey);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            map.Error(node, "'cap_for' lists caps for some subjects, such as - { applies_to: state_council_portal, max: 4 }");
            return null;
        }

        var caps = ImmutableArray.CreateBuilder<SubjectCap>();
        var failed = false;
        foreach (var item in list.Children)
        {
            var entry = map.Nested(item, "a cap for some subjects ({ applies_to, max })");
            if (entry is null)
            {
                failed = true;
                continue;
            }

            entry.RejectUnknownKeys(RuleGrammar.CapFor);
            var keys = entry.ReadBy(RuleGrammar.CapFor);
            var appliesNode = keys.Node("applies_to", "a cap for some subjects");
            var applies = appliesNode is null ? null : ApplicabilityParser.Parse(entry, appliesNode);
            var max = keys.Decimal("max", "a cap for some subjects");
            if (max < 0)
            {
                entry.Error(entry.Get("max")!, $"a cap cannot be negative, found {max}", DiagnosticCodes.ImpossibleThreshold);
                max = null;
            }

            if (applies is not null && indicatorApplies is not null && applies.Kind != indicatorApplies.Kind)
            {
                entry.Error(appliesNode!, $"a cap for some subjects names {FactCatalog.NameOf(applies.Kind)}, but the indicator applies to {FactCatalog.NameOf(indicatorApplies.Kind)}", DiagnosticCodes.UnknownSubjectKind);
                applies = null;
            }

            if (applies is null || max is null)
            {
                failed = true;
                continue;
            }

            caps.Add(new SubjectCap(applies, max.Value, entry.Location));
        }

        return failed ? null : caps.ToImmutable();
    }

    /// <summary>
    /// Parses <c>sample: { of, where, at_most }</c> (or a list of them): the samples an indicator reads and the most each
    /// may hold. A sample's filter takes no time window: it picks the sample, whatever the as-of date.
    /// </summary>
    /// <param name="map">The indicator.</param>
    /// <returns>The samples (empty when none are written), or <see langword="null"/> after reporting an error.</returns>
    public static ImmutableArray<SampleLimit>? Samples(YamlMap map)
    {
        var node = map.Get(IndicatorParser.SampleKey);
        if (node is null)
        {
            return [];
        }

        var items = node is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[node];
        var samples = ImmutableArray.CreateBuilder<SampleLimit>();
        var failed = false;
        foreach (var item in items)
        {
            var parsed = ConditionParser.Selection(map, item, "sample", RuleGrammar.Sample);
            if (parsed is null)
            {
                failed = true;
                continue;
            }

            var (selection, inner) = parsed.Value;
            var atMost = inner.ReadBy(RuleGrammar.Sample).Integer("at_most", "a sample (the most facts it may hold, such as 3 for 随机抽查3个)");
            if (atMost is < 1)
            {
                inner.Error(inner.Get("at_most")!, $"a sample holds at least one fact, so 'at_most: {atMost}' is impossible", DiagnosticCodes.ImpossibleThreshold);
                atMost = null;
            }

            if (selection.Where is { } where && UsesTime(where))
            {
                inner.Error(inner.Get("where")!, "a sample's filter picks the sample and takes no time window or elapsed test", DiagnosticCodes.ConditionShape);
                failed = true;
                continue;
            }

            if (atMost is null)
            {
                failed = true;
                continue;
            }

            samples.Add(new SampleLimit(selection, atMost.Value, inner.Location));
        }

        return failed ? null : samples.ToImmutable();
    }

    private static bool UsesTime(Predicate predicate) => predicate switch
    {
        FieldTest { Argument: Window } or Elapsed => true,
        AllOf all => all.Parts.Any(UsesTime),
        AnyOf any => any.Parts.Any(UsesTime),
        NotOf not => UsesTime(not.Part),
        _ => false,
    };
}
