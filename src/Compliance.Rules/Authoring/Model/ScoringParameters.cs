namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// The numbers of a revision's scoring method: base, fail gate, bonus gate and bonus cap, and who is scored.
/// </summary>
/// <remarks>
/// A vetoed subject fails and is not scored. A scored subject's deduction part is <see cref="Base"/> minus its capped
/// deductions; below <see cref="FailBelow"/> it fails (the gate itself passes); strictly above <see cref="BonusAbove"/>
/// an eligible subject receives its bonuses, capped at <see cref="BonusMax"/>; the total is the deduction part plus the bonus.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record ScoringParameters
{
    /// <summary>Gets the points of the deduction part (100).</summary>
    public required decimal Base { get; init; }

    /// <summary>Gets the fail gate: a deduction part strictly below it fails (60).</summary>
    public required decimal FailBelow { get; init; }

    /// <summary>Gets the bonus gate: a deduction part strictly above it enters bonus scoring (80).</summary>
    public required decimal BonusAbove { get; init; }

    /// <summary>Gets the cap of the bonus part (30).</summary>
    public required decimal BonusMax { get; init; }

    /// <summary>Gets the rescaling for subjects without external services, if the revision has one.</summary>
    public ExternalServicesRescaling? WithoutExternalServices { get; init; }

    internal IReadOnlyList<Applicability> Scored { get; init; } = [];

    internal IReadOnlyList<Applicability> BonusEligible { get; init; } = [];
}
