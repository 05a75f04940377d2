using System.Collections.Immutable;

namespace Compliance.Rules.Scoring;

/// <summary>
/// The numbers a revision scores with, as plain data: the base, the gates, the bonus cap, the rescaling of subjects
/// without external services, and every indicator and group with its cap, in the revision's order.
/// </summary>
/// <remarks>
/// The scorer reads nothing else of a revision. A deduction part is <see cref="Base"/> minus the capped deductions;
/// strictly below <see cref="FailBelow"/> it fails (the gate itself passes); strictly above <see cref="BonusAbove"/> an
/// eligible subject gets its bonuses, capped at <see cref="BonusMax"/>. Immutable and thread-safe.
/// </remarks>
internal sealed record ScoringTable
{
    /// <summary>Gets the points of the deduction part (100).</summary>
    public required decimal Base { get; init; }

    /// <summary>Gets the fail gate (60).</summary>
    public required decimal FailBelow { get; init; }

    /// <summary>Gets the bonus gate (80).</summary>
    public required decimal BonusAbove { get; init; }

    /// <summary>Gets the cap of the bonus part.</summary>
    public required decimal BonusMax { get; init; }

    /// <summary>Gets how subjects without external services are scored, if the revision says.</summary>
    public Rescaling? WithoutExternalServices { get; init; }

    /// <summary>Gets every indicator, in the revision's order (the order of findings and score lines).</summary>
    public required ImmutableArray<ScoredIndicator> Indicators { get; init; }

    /// <summary>Gets the groups (一级指标), in the revision's order (the order of their score lines).</summary>
    public ImmutableArray<ScoredGroup> Groups { get; init; } = [];
}

/// <summary>An indicator as the scorer sees it.</summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Name">Its Chinese name, for its score line.</param>
/// <param name="Group">The id of its group, whose cap its capped points share; <see langword="null"/> for none.</param>
/// <param name="Cap">Its own cap: the most its findings together take or give (0 for a veto).</param>
internal sealed record ScoredIndicator(string Id, string Name, string? Group, decimal Cap)
{
    /// <summary>Gets the names of its numbered sub-rules, in order (the order of their findings); empty for none.</summary>
    public ImmutableArray<string> SubRules { get; init; } = [];
}

/// <summary>A group (一级指标) as the scorer sees it.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Name">Its Chinese name, for its score line.</param>
/// <param name="Max">The most its indicators' capped points together take or give.</param>
internal sealed record ScoredGroup(string Id, string Name, decimal Max);

/// <summary>How subjects without external services are scored (national 2019: 办事服务 not checked, out of 75, × 4/3).</summary>
/// <param name="ExcludedGroups">The groups not checked.</param>
/// <param name="Base">The base the other indicators are scored from.</param>
/// <param name="Numerator">The numerator of the scale factor.</param>
/// <param name="Denominator">The denominator of the scale factor.</param>
internal sealed record Rescaling(ImmutableArray<string> ExcludedGroups, decimal Base, decimal Numerator, decimal Denominator);
