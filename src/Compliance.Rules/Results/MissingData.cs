using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>A fact type the revision needs that a batch did not observe, and the indicators left unassessed by it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="FactType">The fact type's name, such as <c>ServiceGuide</c>.</param>
/// <param name="Label">The fact type's Chinese label, such as 办事指南.</param>
/// <param name="IndicatorIds">The ids of the indicators that need it, in the revision's order.</param>
public sealed record MissingData(string FactType, string Label, ImmutableArray<string> IndicatorIds);
