using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Scoring;

/// <summary>The verdict on one subject, its scores and the findings that explain them.</summary>
/// <remarks>
/// A vetoed subject fails and is not scored (<see cref="DeductionScore"/>, <see cref="Bonus"/> and <see cref="Total"/> are
/// <see langword="null"/>). Subjects the revision does not score numerically (for example new media nationally) pass or fail
/// on the veto indicators alone and have no scores either. This type is immutable and thread-safe.
/// </remarks>
public sealed record Assessment
{
    /// <summary>Gets the subject assessed.</summary>
    public required Subject Subject { get; init; }

    /// <summary>Gets the verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Gets why the subject failed, or <see cref="FailureCause.None"/>.</summary>
    public required FailureCause FailureCause { get; init; }

    /// <summary>Gets the deduction part: base minus capped deductions, rescaled where the revision says so.</summary>
    public decimal? DeductionScore { get; init; }

    /// <summary>Gets the bonus part, capped; 0 when the subject is scored but not eligible or not above the bonus gate.</summary>
    public decimal? Bonus { get; init; }

    /// <summary>Gets the total: deduction part plus bonus part.</summary>
    public decimal? Total { get; init; }

    /// <summary>Gets the veto and deduction findings, in indicator order.</summary>
    public required ImmutableArray<Finding> Violations { get; init; }

    /// <summary>Gets the bonus findings, in indicator order (also when the subject did not reach the bonus gate).</summary>
    public required ImmutableArray<Finding> Bonuses { get; init; }

    /// <summary>Gets the points per indicator and group that made up the scores.</summary>
    public required ImmutableArray<ScoreLine> ScoreLines { get; init; }
}
