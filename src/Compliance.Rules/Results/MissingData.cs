using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>A fact type the revision needs that a batch did not observe, and the indicators left unassessed by it.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class MissingData
{
    internal MissingData(string factType, string label, ImmutableArray<string> indicatorIds)
    {
        FactType = factType;
        Label = label;
        IndicatorIds = indicatorIds;
    }

    /// <summary>Gets the fact type's name, such as <c>service_guide</c>.</summary>
    public string FactType { get; }

    /// <summary>Gets the fact type's Chinese label, such as 办事指南.</summary>
    public string Label { get; }

    /// <summary>Gets the ids of the indicators that need it, in the revision's order.</summary>
    public ImmutableArray<string> IndicatorIds { get; }
}
