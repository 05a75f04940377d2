using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Results;

/// <summary>What made an indicator fire: the facts involved and the values measured.</summary>
/// <remarks>
/// <see cref="Values"/> holds the measured values under their placeholder names: <c>count</c>, <c>total</c>,
/// <c>ratio</c>, <c>sum</c>, <c>age</c>, <c>latest</c>, <c>threshold</c> for aggregates; <c>elapsed</c>, <c>limit</c>,
/// <c>deadline</c> for per-fact time limits. Values are <see cref="int"/>, <see cref="decimal"/>,
/// <see cref="NodaTime.LocalDate"/> or <see cref="string"/>. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Facts">The observations involved: the fact itself for a per-fact indicator, the matching facts for an aggregate.</param>
/// <param name="Values">The measured values by name.</param>
public sealed record Evidence(ImmutableArray<Observation> Facts, ImmutableSortedDictionary<string, object> Values)
{
    /// <summary>Gets evidence with no facts and no values.</summary>
    public static Evidence Empty { get; } = new([], ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    /// <inheritdoc/>
    public bool Equals(Evidence? other) =>
        other is not null && Facts.SequenceEqual(other.Facts) && Values.Count == other.Values.Count
        && Values.All(kv => other.Values.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Facts.Length, Values.Count);
}
