using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Scoring;

/// <summary>
/// Turns a subject's findings into an assessment with the revision's scoring method: veto first, then capped
/// deductions from the base (rescaled for subjects without external services), the fail gate, and capped bonuses above
/// the bonus gate. Every number comes from the revision.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class Scorer
{
    private readonly RuleRevision _revision;
    private readonly ImmutableDictionary<string, int> _order;
    private readonly ImmutableDictionary<(string Indicator, string Rule), int> _ruleOrder;
    private readonly ImmutableDictionary<string, IndicatorGroup> _groups;
    private readonly SubjectFilter _scored;
    private readonly SubjectFilter _eligible;
    private readonly SubjectFilter? _withoutServices;
    private readonly ImmutableDictionary<string, ImmutableArray<(SubjectFilter Filter, decimal Max)>> _capsFor;

    /// <summary>Initializes a new instance of the <see cref="Scorer"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="predicates">The predicate compiler, for the scoring applicabilities.</param>
    public Scorer(RuleRevision revision, PredicateCompiler predicates)
    {
        _revision = revision;
        _order = revision.Indicators.Select((i, n) => (i.Id, n)).ToImmutableDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        _ruleOrder = revision.Indicators
            .SelectMany(i => i.SubRules.Select((r, n) => (Key: (i.Id, r.Rule!), n)))
            .ToImmutableDictionary(x => x.Key, x => x.n);
        _groups = revision.Groups.ToImmutableDictionary(g => g.Id, StringComparer.Ordinal);
        _scored = new SubjectFilter(revision.Scoring.Scored, predicates);
        _eligible = new SubjectFilter(revision.Scoring.BonusEligible, predicates);
        _withoutServices = revision.Scoring.WithoutExternalServices is { } r ? new SubjectFilter([r.AppliesTo], predicates) : null;
        _capsFor = revision.Indicators
            .Where(i => !i.CapsFor.IsEmpty)
            .ToImmutableDictionary(i => i.Id, i => i.CapsFor.Select(c => (new SubjectFilter([c.AppliesTo], predicates), c.Max)).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Assesses a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="findings">Every finding recorded for it.</param>
    /// <param name="scope">The scope of its session.</param>
    /// <returns>The assessment.</returns>
    public Assessment Assess(Subject subject, IEnumerable<Finding> findings, EvaluationScope scope)
    {
        var ordered = findings
            .OrderBy(f => _order[f.IndicatorId])
            .ThenBy(f => f.Rule is null ? 0 : _ruleOrder.GetValueOrDefault((f.IndicatorId, f.Rule)))
            .ThenBy(f => f.Evidence.Facts.IsEmpty ? string.Empty : f.Evidence.Facts[0].Id, StringComparer.Ordinal)
            .ThenBy(f => f.Reason, StringComparer.Ordinal)
            .ToList();
        var violations = ordered.Where(f => f.Kind is IndicatorKind.Veto or IndicatorKind.Deduction).ToImmutableArray();
        var bonuses = ordered.Where(f => f.Kind == IndicatorKind.Bonus).ToImmutableArray();
        var notices = ordered.Where(f => f.Kind == IndicatorKind.Notice).ToImmutableArray();
        var assessment = new Assessment
        {
            Subject = subject,
            Verdict = Verdict.Pass,
            FailureCause = FailureCause.None,
            Violations = violations,
            Bonuses = bonuses,
            Notices = notices,
            ScoreLines = [],
        };

        if (violations.Any(v => v.Kind == IndicatorKind.Veto))
        {
            return assessment with { Verdict = Verdict.Fail, FailureCause = FailureCause.Veto };
        }

        if (!_scored.Matches(subject, scope))
        {
            return assessment;
        }

        var scoring = _revision.Scoring;
        var lines = ImmutableArray.CreateBuilder<ScoreLine>();
        var rescaling = _withoutServices is not null && _withoutServices.Matches(subject, scope) ? scoring.WithoutExternalServices : null;
        var counted = violations.Where(v => v.Kind == IndicatorKind.Deduction && (rescaling is null || v.Group is null || !rescaling.ExcludedGroups.Contains(v.Group)));
        var deductions = Capped(counted, lines, subject, scope);
        var part = rescaling is null
            ? scoring.Base - deductions
            : (rescaling.Base - deductions) * rescaling.ScaleNumerator / rescaling.ScaleDenominator;
        part = Math.Max(0m, part);

        if (part < scoring.FailBelow)
        {
            return assessment with
            {
                Verdict = Verdict.Fail,
                FailureCause = FailureCause.BelowFailGate,
                DeductionScore = part,
                Bonus = 0m,
                Total = part,
                ScoreLines = lines.ToImmutable(),
            };
        }

        var bonus = 0m;
        if (part > scoring.BonusAbove && _eligible.Matches(subject, scope))
        {
            bonus = Math.Min(scoring.BonusMax, Capped(bonuses, lines, subject, scope));
        }

        return assessment with { DeductionScore = part, Bonus = bonus, Total = part + bonus, ScoreLines = lines.ToImmutable() };
    }

    private decimal Capped(IEnumerable<Finding> findings, ImmutableArray<ScoreLine>.Builder lines, Subject subject, EvaluationScope scope)
    {
        var byIndicator = findings.GroupBy(f => f.IndicatorId).OrderBy(g => _order[g.Key]).ToList();
        var total = 0m;
        var groupRaw = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var indicatorFindings in byIndicator)
        {
            var indicator = _revision.FindIndicator(indicatorFindings.Key)!;
            var raw = indicatorFindings.Sum(f => f.Points);
            var max = CapOf(indicator, subject, scope);

            // Points are validated non-negative where they come from input (inspector findings); the clamp keeps a score
            // inside [0, base + bonus_max] by construction all the same.
            var applied = Math.Clamp(raw, 0m, max);
            lines.Add(new ScoreLine(indicator.Id, indicator.Name, false, raw, max, applied));
            if (indicator.Group is { } group)
            {
                groupRaw[group] = groupRaw.GetValueOrDefault(group) + applied;
            }
            else
            {
                total += applied;
            }
        }

        foreach (var group in _revision.Groups.Where(g => groupRaw.ContainsKey(g.Id)))
        {
            var raw = groupRaw[group.Id];
            var applied = Math.Clamp(raw, 0m, group.Max);
            lines.Add(new ScoreLine(group.Id, group.Name, true, raw, group.Max, applied));
            total += applied;
        }

        return total;
    }

    // The indicator's cap, or the first of its caps for some subjects (cap_for) that selects this one.
    private decimal CapOf(Indicator indicator, Subject subject, EvaluationScope scope)
    {
        if (_capsFor.TryGetValue(indicator.Id, out var caps))
        {
            foreach (var (filter, max) in caps)
            {
                if (filter.Matches(subject, scope))
                {
                    return max;
                }
            }
        }

        return indicator.MaxPoints ?? 0m;
    }
}
