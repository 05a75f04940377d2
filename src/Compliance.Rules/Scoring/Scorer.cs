using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Scoring;

/// <summary>
/// Turns a subject's findings into an assessment with a revision's scoring table: veto first, then capped deductions
/// from the base (rescaled for subjects without external services), the fail gate, and capped bonuses above the bonus
/// gate. A pure function of the table, the subject's resolved scoring parameters and its findings.
/// </summary>
/// <remarks>
/// Every number comes from the <see cref="ScoringTable"/>; whether a subject is scored, may get bonuses, is rescaled or
/// has other caps comes resolved in its <see cref="SubjectScoring"/>, so the scorer runs no selector and knows nothing of
/// rules or sessions. Findings' points are summed per indicator and capped at its cap, the capped points of a group's
/// indicators summed and capped at the group's cap; notices carry no points. Immutable and thread-safe.
/// </remarks>
internal sealed class Scorer
{
    private readonly ScoringTable _table;
    private readonly FrozenDictionary<string, int> _order;
    private readonly FrozenDictionary<string, ScoredIndicator> _indicators;
    private readonly FrozenDictionary<(string Indicator, string Rule), int> _ruleOrder;

    /// <summary>Initializes a new instance of the <see cref="Scorer"/> class.</summary>
    /// <param name="table">The revision's scoring table.</param>
    public Scorer(ScoringTable table)
    {
        _table = table;
        _order = table.Indicators.Select((i, n) => (i.Id, n)).ToFrozenDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        _indicators = table.Indicators.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        _ruleOrder = table.Indicators
            .SelectMany(i => i.SubRules.Select((rule, n) => (Key: (i.Id, rule), n)))
            .ToFrozenDictionary(x => x.Key, x => x.n);
    }

    /// <summary>Assesses a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="scoring">Its scoring parameters, resolved from the revision's selectors.</param>
    /// <param name="findings">Every finding recorded for it, of indicators in the table.</param>
    /// <returns>The assessment, its findings in the table's order.</returns>
    public Assessment Assess(Subject subject, SubjectScoring scoring, IEnumerable<Finding> findings)
    {
        var ordered = Ordered(findings);
        var violations = OfKinds(ordered, IndicatorKind.Veto, IndicatorKind.Deduction);
        var bonuses = OfKinds(ordered, IndicatorKind.Bonus, IndicatorKind.Bonus);
        var notices = OfKinds(ordered, IndicatorKind.Notice, IndicatorKind.Notice);
        var vetoed = violations.Any(v => v.Kind == IndicatorKind.Veto);
        var assessment = new Assessment
        {
            Subject = subject,
            Verdict = vetoed ? Verdict.Fail : Verdict.Pass,
            FailureCause = vetoed ? FailureCause.Veto : FailureCause.None,
            Violations = violations,
            Bonuses = bonuses,
            Notices = notices,
            ScoreLines = [],
        };

        if (vetoed)
        {
            return assessment;
        }

        if (!scoring.Scored)
        {
            return assessment;
        }

        var lines = ImmutableArray.CreateBuilder<ScoreLine>();
        var rescaling = scoring.WithoutExternalServices ? _table.WithoutExternalServices : null;
        var counted = violations.Where(v => v.Kind == IndicatorKind.Deduction && (rescaling is null || v.Group is null || !rescaling.ExcludedGroups.Contains(v.Group)));
        var deductions = Capped(counted, lines, scoring);
        var part = rescaling is null
            ? _table.Base - deductions
            : (rescaling.Base - deductions) * rescaling.Numerator / rescaling.Denominator;
        part = Math.Max(0m, part);

        if (part < _table.FailBelow)
        {
            return new Assessment(assessment)
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
        if (part > _table.BonusAbove && scoring.BonusEligible)
        {
            bonus = Math.Min(_table.BonusMax, Capped(bonuses, lines, scoring));
        }

        return new Assessment(assessment) { DeductionScore = part, Bonus = bonus, Total = part + bonus, ScoreLines = lines.ToImmutable() };
    }

    // The findings of one or two kinds, in order; no array at all for none (most subjects have no bonus and no notice).
    private static ImmutableArray<Finding> OfKinds(List<Finding> ordered, IndicatorKind kind, IndicatorKind other)
    {
        var count = 0;
        foreach (var finding in ordered)
        {
            count += finding.Kind == kind || finding.Kind == other ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<Finding>(count);
        foreach (var finding in ordered)
        {
            if (finding.Kind == kind || finding.Kind == other)
            {
                found.Add(finding);
            }
        }

        return found.MoveToImmutable();
    }

    // The findings in indicator order, then sub-rule, first fact and reason; equal ones in the order they were recorded.
    // Most subjects have none or one, which need no sorting (a forecast scores a subject again on every date it changes).
    private List<Finding> Ordered(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        if (list.Count < 2)
        {
            return list;
        }

        var keyed = list.Select((f, i) => (
            Order: _order[f.IndicatorId],
            Rule: f.Rule is null ? 0 : _ruleOrder.GetValueOrDefault((f.IndicatorId, f.Rule)),
            Fact: f.Evidence.Facts.IsEmpty ? string.Empty : f.Evidence.Facts[0].Id,
            f.Reason,
            Index: i)).ToArray();
        Array.Sort(keyed, static (a, b) =>
        {
            var order = a.Order.CompareTo(b.Order);
            order = order != 0 ? order : a.Rule.CompareTo(b.Rule);
            order = order != 0 ? order : string.CompareOrdinal(a.Fact, b.Fact);
            order = order != 0 ? order : string.CompareOrdinal(a.Reason, b.Reason);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        return [.. keyed.Select(k => list[k.Index])];
    }

    private decimal Capped(IEnumerable<Finding> findings, ImmutableArray<ScoreLine>.Builder lines, SubjectScoring scoring)
    {
        var byIndicator = findings.GroupBy(f => f.IndicatorId).OrderBy(g => _order[g.Key]).ToList();
        var total = 0m;
        var groupRaw = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var indicatorFindings in byIndicator)
        {
            var indicator = _indicators[indicatorFindings.Key];
            var raw = indicatorFindings.Sum(f => f.Points);
            var max = scoring.Caps.TryGetValue(indicator.Id, out var cap) ? cap : indicator.Cap;

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

        foreach (var group in _table.Groups.Where(g => groupRaw.ContainsKey(g.Id)))
        {
            var raw = groupRaw[group.Id];
            var applied = Math.Clamp(raw, 0m, group.Max);
            lines.Add(new ScoreLine(group.Id, group.Name, true, raw, group.Max, applied));
            total += applied;
        }

        return total;
    }
}
