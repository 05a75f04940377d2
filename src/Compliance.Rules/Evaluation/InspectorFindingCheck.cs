using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.PlainText;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Checks a batch's inspector findings against a revision: each must be for an indicator that takes inspector findings,
/// with non-negative occurrences and points within the indicator's cap. A finding that fails is an input error, never
/// dropped: its subject is not assessed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class InspectorFindingCheck
{
    private readonly RuleRevision _revision;
    private readonly Dictionary<string, Indicator> _takers;
    private readonly bool _everyIndicatorTakes;

    private readonly Func<Indicator, Subject, bool> _applies;

    /// <summary>Initializes a new instance of the <see cref="InspectorFindingCheck"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="applies">Tells whether an indicator applies to a subject (its <c>applies_to</c>).</param>
    public InspectorFindingCheck(RuleRevision revision, Func<Indicator, Subject, bool> applies)
    {
        _revision = revision;
        _applies = applies;
        _takers = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in revision.Indicators.Where(i => i.Enabled))
        {
            foreach (var id in IndicatorNeeds.InspectorFindingIds(indicator))
            {
                _takers.TryAdd(id, indicator);
            }
        }

        _everyIndicatorTakes = revision.Indicators.Any(i => i.Enabled && IndicatorNeeds.TakesEveryInspectorFinding(i));
    }

    /// <summary>Checks every inspector finding of a batch.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>One error per problem, positioned where the batch was read from; empty when all are valid.</returns>
    public ImmutableArray<Diagnostic> Check(FactBatch batch)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        Dictionary<string, Subject>? subjects = null;
        foreach (var finding in batch.Observations.OfType<InspectorFinding>())
        {
            subjects ??= batch.Subjects.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var location = batch.Locations.TryGetValue(finding, out var at) ? at : SourceLocation.OfFile("facts");
            void Error(DiagnosticDescriptor code, string message) =>
                diagnostics.Add(Diagnostic.Create(code, $"inspector finding '{finding.Id}' of '{finding.SubjectId}': {message}", location, finding.SubjectId));

            if (finding.Occurrences < 0)
            {
                Error(DiagnosticCodes.FindingOutOfRange, $"occurrences cannot be negative, found {finding.Occurrences}");
            }

            if (finding.Points < 0)
            {
                Error(DiagnosticCodes.FindingOutOfRange, $"points cannot be negative, found {Format(finding.Points.Value)}");
            }

            if (!_takers.TryGetValue(finding.IndicatorId, out var taker))
            {
                var indicator = _revision.FindIndicator(finding.IndicatorId);
                if (indicator is not null && _everyIndicatorTakes)
                {
                    // An indicator of the revision aggregates every finding, whichever indicator it names.
                    continue;
                }

                if (indicator is null)
                {
                    var takers = _takers.Keys.Order(StringComparer.Ordinal).ToList();
                    Error(
                        DiagnosticCodes.UnknownFindingIndicator,
                        $"revision '{_revision.Id}' has no indicator '{finding.IndicatorId}'{Suggestions.For(finding.IndicatorId, takers)}; the indicators that take inspector findings are: {string.Join(", ", takers)}");
                }
                else
                {
                    var why = indicator.Enabled ? "is measured from other facts and takes no inspector findings" : "is disabled in this revision";
                    Error(DiagnosticCodes.FindingNotTaken, $"indicator '{indicator.Id}' ({indicator.Name}) {why}");
                }

                continue;
            }

            if (!_applies(taker, subjects[finding.SubjectId]))
            {
                // The rule would never see the finding: the points would be lost without a word.
                Error(DiagnosticCodes.FindingNotTaken, $"indicator '{taker.Id}' ({taker.Name}) does not apply to '{finding.SubjectId}' under revision '{_revision.Id}', so the finding would be ignored");
                continue;
            }

            var judging = JudgingRule(finding, taker, Error);
            if (judging is not null)
            {
                CheckPoints(finding, judging, Error);
            }
        }

        return diagnostics.ToImmutable();
    }

    // The sub-rule a finding is for: the one it names, or the indicator's only judged sub-rule. An indicator without
    // sub-rules takes findings that name none.
    private static Indicator? JudgingRule(InspectorFinding finding, Indicator taker, Action<DiagnosticDescriptor, string> error)
    {
        if (taker.SubRules.IsEmpty)
        {
            if (finding.Rule is not null)
            {
                error(DiagnosticCodes.FindingNotTaken, $"indicator '{taker.Id}' ({taker.Name}) has no numbered sub-rules, so the finding's rule '{finding.Rule}' would be ignored; leave it empty");
                return null;
            }

            return taker;
        }

        var judged = taker.SubRules.Where(r => IndicatorNeeds.InspectorFindingIds(r).Contains(taker.Id, StringComparer.Ordinal)).ToList();
        var names = string.Join(", ", judged.Select(r => r.Rule));
        if (finding.Rule is null)
        {
            if (judged.Count == 1)
            {
                return judged[0];
            }

            error(DiagnosticCodes.FindingNotTaken, $"indicator '{taker.Id}' ({taker.Name}) has several sub-rules judged by an inspector ({names}): give the finding's rule");
            return null;
        }

        var named = judged.FirstOrDefault(r => r.Rule == finding.Rule);
        if (named is null)
        {
            error(DiagnosticCodes.FindingNotTaken, $"indicator '{taker.Id}' ({taker.Name}) has no sub-rule '{finding.Rule}' judged by an inspector{Suggestions.For(finding.Rule, judged.Select(r => r.Rule!))}; its judged sub-rules are: {names}");
        }

        return named;
    }

    private static void CheckPoints(InspectorFinding finding, Indicator taker, Action<DiagnosticDescriptor, string> error)
    {
        switch (taker.Points)
        {
            case FieldPoints field when field.Field.Property.GetValue(finding) is null:
                error(DiagnosticCodes.FindingOutOfRange, $"indicator '{taker.Id}' takes its points from the finding, but the finding gives none");
                break;
            case FieldPoints field when finding.Points > field.Max:
                error(DiagnosticCodes.FindingOutOfRange, $"{Format(finding.Points.Value)} points exceed the cap of indicator '{taker.Id}' ({taker.Name}), {Format(field.Max)}");
                break;
            case FieldPoints:
                break;
            case { } rule when finding.Points is { } points:
                error(DiagnosticCodes.FindingOutOfRange, $"indicator '{taker.Id}' sets its own points ({Describe(rule)}), so the finding's {Format(points)} points would be ignored; give occurrences instead");
                break;
            case null when finding.Points is { } points:
                error(DiagnosticCodes.FindingOutOfRange, $"indicator '{taker.Id}' is a veto and takes no points, so the finding's {Format(points)} points would be ignored");
                break;
        }
    }

    private static string Describe(PointsRule rule) => rule switch
    {
        FixedPoints f => $"{Format(f.Points)} per finding",
        PerOccurrencePoints p => $"{Format(p.Each)} per occurrence, at most {Format(p.Max)}",
        _ => $"at most {Format(rule.Max)}",
    };

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
