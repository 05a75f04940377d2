using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Results;

namespace Compliance.Rules.Testing;

/// <summary>What a regression case expects for one subject.</summary>
/// <remarks>
/// <see cref="Verdict"/> and <see cref="Violations"/> are always checked; the other members are checked only when the
/// case gives them (<see langword="null"/> here means "not checked"). This type is immutable and thread-safe.
/// </remarks>
public sealed record SubjectExpectation
{
    /// <summary>Gets the subject's id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>Gets the expected verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Gets the exact set of indicator ids expected among the violations (vetoes and deductions), sorted.</summary>
    public required ImmutableArray<string> Violations { get; init; }

    /// <summary>Gets the exact set of bonus indicator ids expected, sorted, or <see langword="null"/> when not checked.</summary>
    public ImmutableArray<string>? Bonuses { get; init; }

    /// <summary>Gets the exact set of notice ids expected (checked only when given).</summary>
    public ImmutableArray<string>? Notices { get; init; }

    /// <summary>Gets the expected failure cause, or <see langword="null"/> when not checked.</summary>
    public FailureCause? FailureCause { get; init; }

    /// <summary>Gets the expected deduction part, or <see langword="null"/> when not checked.</summary>
    public ExpectedScore? DeductionScore { get; init; }

    /// <summary>Gets the expected bonus part, or <see langword="null"/> when not checked.</summary>
    public ExpectedScore? Bonus { get; init; }

    /// <summary>Gets the expected total, or <see langword="null"/> when not checked.</summary>
    public ExpectedScore? Total { get; init; }

    /// <summary>Gets the reasons some finding must carry.</summary>
    public required ImmutableArray<ExpectedReason> Reasons { get; init; }

    /// <summary>
    /// Gets the exact set of indicators the subject should have as not assessed for missing data, sorted; <see langword="null"/>
    /// when the case does not say.
    /// </summary>
    public ImmutableArray<string>? NotAssessed { get; init; }

    /// <summary>Gets where the expectation is written.</summary>
    public required SourceLocation Location { get; init; }
}
