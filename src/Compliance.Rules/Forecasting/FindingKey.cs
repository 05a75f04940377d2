using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// What a forecast compares a finding by (<see cref="ForecastState"/>): its indicator and sub-rule, its points, and for a
/// per-fact one the facts it fired on, each by its type and id.
/// </summary>
/// <remarks>
/// The facts are the finding's own evidence, not a copy: a national forecast keys hundreds of thousands of findings.
/// Points compare by value (1.0 equals 1.00). Immutable and thread-safe.
/// </remarks>
internal readonly struct FindingKey : IEquatable<FindingKey>, IComparable<FindingKey>
{
    private readonly ImmutableArray<Observation> _facts;

    /// <summary>Initializes a new instance of the <see cref="FindingKey"/> struct.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="rule">The sub-rule, or <see langword="null"/>.</param>
    /// <param name="points">The points.</param>
    /// <param name="facts">The facts it fired on, for a per-fact indicator; empty otherwise.</param>
    public FindingKey(string indicatorId, string? rule, decimal points, ImmutableArray<Observation> facts)
    {
        IndicatorId = indicatorId;
        Rule = rule;
        Points = points;
        _facts = facts;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the sub-rule, or <see langword="null"/>.</summary>
    public string? Rule { get; }

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }

    /// <inheritdoc/>
    public bool Equals(FindingKey other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FindingKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IndicatorId, Rule, Points, _facts.Length);

    /// <inheritdoc/>
    public int CompareTo(FindingKey other)
    {
        var order = string.CompareOrdinal(IndicatorId, other.IndicatorId);
        order = order != 0 ? order : string.CompareOrdinal(Rule, other.Rule);
        order = order != 0 ? order : Points.CompareTo(other.Points);
        order = order != 0 ? order : _facts.Length.CompareTo(other._facts.Length);
        for (var i = 0; order == 0 && i < _facts.Length; i++)
        {
            order = string.CompareOrdinal(_facts[i].Id, other._facts[i].Id);
            order = order != 0 ? order : string.CompareOrdinal(_facts[i].GetType().Name, other._facts[i].GetType().Name);
        }

        return order;
    }
}
