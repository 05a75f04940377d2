using Compliance.Rules.Labels;

namespace Compliance.Rules.Impact;

/// <summary>How the result for one subject changes from the baseline revision (or as-of date) to the candidate.</summary>
[EnumTerms(typeof(ImpactVocabulary))]
public enum ImpactChange
{
    /// <summary>The same verdict, score and findings under both.</summary>
    Unchanged,

    /// <summary>合格 under the baseline, 不合格 under the candidate (新增不合格).</summary>
    NewlyFailing,

    /// <summary>不合格 under the baseline, 合格 under the candidate (新增合格).</summary>
    NewlyPassing,

    /// <summary>The same verdict, a different total score (or scored under one only).</summary>
    ScoreChanged,

    /// <summary>The same verdict and score, but findings were added or removed (a deduction of a vetoed subject, a detail).</summary>
    FindingsChanged,

    /// <summary>
    /// The baseline gives no verdict (无法评估 or 不纳入检查) and the candidate does: reported as such, not as a change of
    /// verdict.
    /// </summary>
    NotAssessedInBaseline,

    /// <summary>The candidate gives no verdict (无法评估 or 不纳入检查) and the baseline does: reported as such, not as a change of verdict.</summary>
    NotAssessedInCandidate,

    /// <summary>Neither gives a verdict (无法评估 or 不纳入检查 under both); nothing to compare.</summary>
    NotAssessedInEither,
}
