using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;

namespace Compliance.Rules.Forecasting;

/// <summary>One part of an indicator's condition that reads facts, with its compiled filter and its triggers.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Indicator">The indicator, or the sub-rule of an indicator, whose condition the part is of.</param>
/// <param name="FactType">The type of the facts it selects.</param>
/// <param name="Where">The compiled selection filter, or <see langword="null"/> for every fact of the type.</param>
/// <param name="Aggregate">The aggregate's measure, or <see langword="null"/> for an <c>each</c> part.</param>
/// <param name="PointsCount">Whether the indicator's points are counted from this aggregate.</param>
/// <param name="FixedNumerator">For a ratio whose numerator's filter does not depend on the date, that filter; otherwise <see langword="null"/>.</param>
/// <param name="Triggers">The numbers of its triggers (<see cref="ForecastModel.Triggers"/>); empty for a part that does not move with the date.</param>
internal sealed record PartPlan(
    Indicator Indicator,
    Type FactType,
    Func<object, EvaluationScope, bool>? Where,
    AggregatePart? Aggregate,
    bool PointsCount,
    Func<object, EvaluationScope, bool>? FixedNumerator,
    int[] Triggers)
{
    /// <summary>Gets whether the part is an aggregate that only counts its selection (<c>exists</c>, <c>none</c>, <c>count</c>).</summary>
    public bool Counts => Aggregate?.Aggregate.Kind is AggregateKind.Exists or AggregateKind.None or AggregateKind.Count;
}
