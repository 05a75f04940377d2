using System.Collections.Immutable;

namespace Compliance.Rules.Impact;

/// <summary>The subjects whose findings of one indicator changed: those that gained a finding of it and those that lost one.</summary>
/// <remarks>Built only by <see cref="ImpactAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class IndicatorImpact
{
    internal IndicatorImpact(string indicatorId, string indicatorName, ImmutableArray<SubjectImpact> gained, ImmutableArray<SubjectImpact> lost)
    {
        IndicatorId = indicatorId;
        IndicatorName = indicatorName;
        Gained = gained;
        Lost = lost;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the indicator's Chinese name (the candidate's, or the baseline's for an indicator the candidate lacks).</summary>
    public string IndicatorName { get; }

    /// <summary>Gets the subjects with a finding of the indicator added under the candidate, in the batch's order.</summary>
    public ImmutableArray<SubjectImpact> Gained { get; }

    /// <summary>Gets the subjects with a finding of the indicator removed under the candidate, in the batch's order.</summary>
    public ImmutableArray<SubjectImpact> Lost { get; }
}
