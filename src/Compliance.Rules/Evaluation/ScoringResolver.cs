using System.Collections.Frozen;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Hands the pure scorer what it needs from a revision: the scoring table, once, and each subject's scoring parameters,
/// resolved by running the revision's compiled scoring selectors on the subject.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ScoringResolver
{
    private readonly ScoringSelectors _selectors;

    /// <summary>Initializes a new instance of the <see cref="ScoringResolver"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="selectors">Its scoring selectors, compiled.</param>
    public ScoringResolver(RuleRevision revision, ScoringSelectors selectors)
    {
        _selectors = selectors;
        Table = TableOf(revision);
    }

    /// <summary>Gets the revision's scoring table.</summary>
    public ScoringTable Table { get; }

    /// <summary>Resolves a subject's scoring parameters.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="scope">The scope of its session.</param>
    /// <returns>Whether it is scored, may get bonuses and is rescaled, and its own caps.</returns>
    public SubjectScoring For(Subject subject, EvaluationScope scope)
    {
        if (!_selectors.Scored.Matches(subject, scope))
        {
            return SubjectScoring.NotScored;
        }

        Dictionary<string, decimal>? caps = null;
        foreach (var (indicatorId, capsFor) in _selectors.CapsFor)
        {
            foreach (var (filter, max) in capsFor)
            {
                if (filter.Matches(subject, scope))
                {
                    (caps ??= new(StringComparer.Ordinal))[indicatorId] = max;
                    break;
                }
            }
        }

        return new SubjectScoring(
            Scored: true,
            BonusEligible: _selectors.BonusEligible.Matches(subject, scope),
            WithoutExternalServices: _selectors.WithoutExternalServices?.Matches(subject, scope) ?? false)
        {
            Caps = caps ?? (IReadOnlyDictionary<string, decimal>)FrozenDictionary<string, decimal>.Empty,
        };
    }

    /// <summary>Reads the scoring table of a revision: its numbers, and every indicator and group with its cap.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The table.</returns>
    public static ScoringTable TableOf(RuleRevision revision)
    {
        var scoring = revision.Scoring;
        return new ScoringTable
        {
            Base = scoring.Base,
            FailBelow = scoring.FailBelow,
            BonusAbove = scoring.BonusAbove,
            BonusMax = scoring.BonusMax,
            WithoutExternalServices = scoring.WithoutExternalServices is { } r
                ? new Rescaling(r.ExcludedGroups, r.Base, r.ScaleNumerator, r.ScaleDenominator)
                : null,
            Indicators = [.. revision.Indicators.Select(i => new ScoredIndicator(i.Id, i.Name, i.Group, i.MaxPoints ?? 0m)
            {
                SubRules = [.. i.SubRules.Select(r => r.Rule!)],
            })],
            Groups = [.. revision.Groups.Select(g => new ScoredGroup(g.Id, g.Name, g.Max))],
        };
    }
}
