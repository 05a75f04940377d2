using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>An indicator that applies to a subject but was not assessed, because the facts it needs were not observed.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class NotAssessedIndicator
{
    internal NotAssessedIndicator(string indicatorId, string indicatorName, IndicatorKind kind, ImmutableArray<string> missingFactTypes, string reason)
    {
        IndicatorId = indicatorId;
        IndicatorName = indicatorName;
        Kind = kind;
        MissingFactTypes = missingFactTypes;
        Reason = reason;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the indicator's Chinese name.</summary>
    public string IndicatorName { get; }

    /// <summary>Gets whether the indicator is a veto, deduction or bonus.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets the fact types the indicator needs that the batch did not observe, such as <c>service_guide</c>.</summary>
    public ImmutableArray<string> MissingFactTypes { get; }

    /// <summary>Gets why, in Chinese, such as 未检查：缺少办事指南数据.</summary>
    public string Reason { get; }
}
