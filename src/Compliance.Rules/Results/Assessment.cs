using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Results;

/// <summary>The verdict on one subject, its scores and the findings that explain them.</summary>
/// <remarks>
/// A vetoed subject fails and is not scored (<see cref="DeductionScore"/>, <see cref="Bonus"/> and <see cref="Total"/> are
/// <see langword="null"/>). Subjects the revision does not score numerically (for example new media nationally) pass or fail
/// on the veto indicators alone and have no scores either. Built only by the library. This type is immutable and thread-safe.
/// </remarks>
public sealed class Assessment
{
    internal Assessment()
    {
    }

    // The copy that replaces a record's 'with': new Assessment(other) { Total = … }.
    internal Assessment(Assessment other)
    {
        Subject = other.Subject;
        Verdict = other.Verdict;
        FailureCause = other.FailureCause;
        DeductionScore = other.DeductionScore;
        Bonus = other.Bonus;
        Total = other.Total;
        Violations = other.Violations;
        Bonuses = other.Bonuses;
        Notices = other.Notices;
        ScoreLines = other.ScoreLines;
        NotAssessed = other.NotAssessed;
        VerdictNote = other.VerdictNote;
    }

    /// <summary>Gets the subject assessed.</summary>
    public Subject Subject { get; internal init; } = null!;

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; internal init; }

    /// <summary>Gets why the subject failed, or <see cref="FailureCause.None"/>.</summary>
    public FailureCause FailureCause { get; internal init; }

    /// <summary>Gets the deduction part: base minus capped deductions, rescaled where the revision says so.</summary>
    public decimal? DeductionScore { get; internal init; }

    /// <summary>Gets the bonus part, capped; 0 when the subject is scored but not eligible or not above the bonus gate.</summary>
    public decimal? Bonus { get; internal init; }

    /// <summary>Gets the total: deduction part plus bonus part.</summary>
    public decimal? Total { get; internal init; }

    /// <summary>Gets the veto and deduction findings, in indicator order.</summary>
    public ImmutableArray<Finding> Violations { get; internal init; } = [];

    /// <summary>Gets the bonus findings, in indicator order (also when the subject did not reach the bonus gate).</summary>
    public ImmutableArray<Finding> Bonuses { get; internal init; } = [];

    /// <summary>
    /// Gets the notices (<see cref="IndicatorKind.Notice"/>) found for the subject: reported and counted, such as an
    /// overdue message, but carrying no points and never changing the verdict.
    /// </summary>
    public ImmutableArray<Finding> Notices { get; internal init; } = [];

    /// <summary>Gets the points per indicator and group that made up the scores.</summary>
    public ImmutableArray<ScoreLine> ScoreLines { get; internal init; } = [];

    /// <summary>
    /// Gets the indicators that apply to the subject but were not assessed because the batch did not observe the facts
    /// they need (未检查); empty when every applicable indicator was assessed.
    /// </summary>
    /// <remarks>
    /// A finding of such an indicator is never made: missing data is neither a failure nor a pass. A
    /// <see cref="Verdict.Fail"/> stands whatever the missing indicators would say (a veto or a score below the fail gate
    /// only gets worse with more deductions); a <see cref="Verdict.Pass"/> then rests on partial data
    /// (<see cref="RestsOnPartialData"/>), and a score is an upper bound.
    /// </remarks>
    public ImmutableArray<NotAssessedIndicator> NotAssessed { get; internal init; } = [];

    /// <summary>Gets whether the verdict rests on partial data: some applicable indicator was not assessed.</summary>
    public bool RestsOnPartialData => !NotAssessed.IsDefaultOrEmpty;

    /// <summary>
    /// Gets why the subject was not assessed or was excluded (for <see cref="Verdict.NotAssessed"/> and
    /// <see cref="Verdict.Excluded"/>), in Chinese, such as 无法评估：2027-01-04 超出日历 cn-xj 的范围（2015-01-01 至 2026-12-31）;
    /// <see langword="null"/> otherwise.
    /// </summary>
    public string? VerdictNote { get; internal init; }
}
