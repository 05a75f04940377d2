using System.Collections.Immutable;

namespace Compliance.Rules.Benchmarks.Baseline;

/// <summary>One finding of the hand-written evaluator: what the engine's <c>Finding</c> is compared on.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="SubjectId">The subject id.</param>
/// <param name="Points">The points before caps (0 for a veto).</param>
/// <param name="FactIds">The ids of the evidence facts, sorted ordinally.</param>
public sealed record BaselineFinding(string IndicatorId, string SubjectId, decimal Points, ImmutableArray<string> FactIds)
{
    /// <summary>Gets a one-line text for comparisons and failure messages.</summary>
    /// <returns>The text.</returns>
    public string Key => $"{SubjectId} {IndicatorId} {Points:0.####} [{string.Join(",", FactIds)}]";

    /// <inheritdoc/>
    public bool Equals(BaselineFinding? other) => other is not null && Key == other.Key;

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
