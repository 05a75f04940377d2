namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// The numbers of a revision's scoring method: base, fail gate, bonus gate and bonus cap, and who is scored.
/// </summary>
/// <remarks>
/// A vetoed subject fails and is not scored. A scored subject's deduction part is <see cref="Base"/> minus its capped
/// deductions; below <see cref="FailBelow"/> it fails (the gate itself passes); strictly above <see cref="BonusAbove"/>
/// an eligible subject receives its bonuses, capped at <see cref="BonusMax"/>; the total is the deduction part plus the bonus.
/// Built only by the library. This type is immutable and thread-safe.
/// </remarks>
public sealed class ScoringParameters
{
    internal ScoringParameters()
    {
    }

    /// <summary>Gets the points of the deduction part (100).</summary>
    public decimal Base { get; internal init; }

    /// <summary>Gets the fail gate: a deduction part strictly below it fails (60).</summary>
    public decimal FailBelow { get; internal init; }

    /// <summary>Gets the bonus gate: a deduction part strictly above it enters bonus scoring (80).</summary>
    public decimal BonusAbove { get; internal init; }

    /// <summary>Gets the cap of the bonus part (30).</summary>
    public decimal BonusMax { get; internal init; }

    /// <summary>Gets the rescaling for subjects without external services, if the revision has one.</summary>
    public ExternalServicesRescaling? WithoutExternalServices { get; internal init; }

    internal IReadOnlyList<Applicability> Scored { get; init; } = [];

    internal IReadOnlyList<Applicability> BonusEligible { get; init; } = [];
}
