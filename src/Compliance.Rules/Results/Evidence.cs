using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Results;

/// <summary>What made an indicator fire: the facts involved and the values measured.</summary>
/// <remarks>
/// <see cref="Values"/> holds the measured values under their placeholder names: <c>count</c>, <c>total</c>,
/// <c>ratio</c>, <c>sum</c>, <c>age</c>, <c>latest</c>, <c>threshold</c> for aggregates; <c>elapsed</c>, <c>limit</c>,
/// <c>deadline</c> for per-fact time limits. Values are <see cref="int"/>, <see cref="decimal"/>,
/// <see cref="NodaTime.LocalDate"/> or <see cref="string"/>. Built only by the library. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class Evidence
{
    internal Evidence(ImmutableArray<Observation> facts, ImmutableSortedDictionary<string, object> values)
    {
        Facts = facts;
        Values = values;
    }

    /// <summary>Gets the observations involved: the fact itself for a per-fact indicator, the matching facts for an aggregate.</summary>
    public ImmutableArray<Observation> Facts { get; }

    /// <summary>Gets the measured values by name.</summary>
    public ImmutableSortedDictionary<string, object> Values { get; }

    /// <summary>Gets evidence with no facts and no values.</summary>
    internal static Evidence Empty { get; } = new([], ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));
}
