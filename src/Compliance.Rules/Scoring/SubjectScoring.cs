using System.Collections.Frozen;

namespace Compliance.Rules.Scoring;

/// <summary>
/// What the revision's selectors say about scoring one subject, resolved before scoring (by the evaluation, which runs
/// the compiled selectors): whether it is scored, whether it may get bonuses, whether it is scored as a subject without
/// external services, and the caps that replace an indicator's own for it (<c>cap_for</c>).
/// </summary>
/// <param name="Scored">Whether the subject is scored numerically (<c>scoring.scored</c>); otherwise only vetoes count.</param>
/// <param name="BonusEligible">Whether it may get bonuses above the bonus gate (<c>scoring.bonus_eligible</c>).</param>
/// <param name="WithoutExternalServices">Whether the rescaling for subjects without external services applies to it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record SubjectScoring(bool Scored, bool BonusEligible, bool WithoutExternalServices)
{
    /// <summary>Gets a subject that is not scored: only vetoes decide its verdict.</summary>
    public static SubjectScoring NotScored { get; } = new(false, false, false);

    /// <summary>
    /// Gets the caps that replace an indicator's own for this subject, by indicator id: "国务院部门门户网站……最多扣4分"
    /// where the row's cap is 2. Indicators not listed keep their own cap.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> Caps { get; init; } = FrozenDictionary<string, decimal>.Empty;
}
