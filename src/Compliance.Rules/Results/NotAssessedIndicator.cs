using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>An indicator that applies to a subject but was not assessed, because the facts it needs were not observed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="IndicatorName">The indicator's Chinese name.</param>
/// <param name="Kind">Whether the indicator is a veto, deduction or bonus.</param>
/// <param name="MissingFactTypes">The fact types the indicator needs that the batch did not observe, such as <c>ServiceGuide</c>.</param>
/// <param name="Reason">Why, in Chinese, such as 未检查：缺少办事指南数据.</param>
public sealed record NotAssessedIndicator(
    string IndicatorId,
    string IndicatorName,
    IndicatorKind Kind,
    ImmutableArray<string> MissingFactTypes,
    string Reason);
