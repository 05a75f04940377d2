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
    // The values as made, sorted by name: the dictionary is built the first time it is read. A forecast of a national
    // batch keeps over a hundred thousand findings, most never read one by one, and the dictionary's nodes were the most
    // numerous of the objects its garbage collections had to copy.
    private readonly KeyValuePair<string, object>[] _pairs;
    private ImmutableSortedDictionary<string, object>? _values;

    internal Evidence(ImmutableArray<Observation> facts, ImmutableSortedDictionary<string, object> values)
    {
        Facts = facts;
        _pairs = [];
        _values = values;
    }

    /// <summary>Initializes a new instance of the <see cref="Evidence"/> class from values sorted by name.</summary>
    /// <param name="facts">The observations involved.</param>
    /// <param name="sortedPairs">The values, sorted by name (ordinal), each name once.</param>
    internal Evidence(ImmutableArray<Observation> facts, KeyValuePair<string, object>[] sortedPairs)
    {
        Facts = facts;
        _pairs = sortedPairs;
    }

    /// <summary>Gets the observations involved: the fact itself for a per-fact indicator, the matching facts for an aggregate.</summary>
    public ImmutableArray<Observation> Facts { get; }

    /// <summary>Gets the measured values by name.</summary>
    public ImmutableSortedDictionary<string, object> Values
    {
        get
        {
            if (_values is { } values)
            {
                return values;
            }

            // Two threads may build it at once; they build equal dictionaries, and one is kept.
            var built = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, _pairs);
            return Interlocked.CompareExchange(ref _values, built, null) ?? built;
        }
    }

    /// <summary>Gets evidence with no facts and no values.</summary>
    internal static Evidence Empty { get; } = new([], ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));
}
