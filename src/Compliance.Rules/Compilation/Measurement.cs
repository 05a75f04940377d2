using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// What a condition part measured over a subject's observations of its type: for an aggregate the count, ratio, sum or
/// age and whether its comparison holds; for an <c>each</c> part the observations that pass its filter.
/// </summary>
/// <remarks>
/// The rule's condition measures once, and the session's <see cref="EvaluationScope"/> keeps a measurement that holds
/// (<see cref="EvaluationScope.Keep"/>), so the action that makes the finding reads it instead of measuring again. Immutable.
/// </remarks>
/// <param name="Count">The number of matching facts (for a ratio, the numerator).</param>
/// <param name="Total">For a ratio, the number of facts selected (the denominator).</param>
/// <param name="Ratio">For a ratio, count ÷ total; <see langword="null"/> when total is 0.</param>
/// <param name="Sum">For a sum, the sum.</param>
/// <param name="Age">For an age, the time from the latest value to the as-of date.</param>
/// <param name="Latest">For an age, the latest value.</param>
/// <param name="Holds">Whether the part holds (the rule fires only when every part holds).</param>
internal sealed record Measurement(int Count, int? Total, decimal? Ratio, decimal? Sum, int? Age, LocalDate? Latest, bool Holds)
{
    /// <summary>Gets the measurement of a part that does not hold: shared, as nothing reads more of it.</summary>
    public static Measurement NotHolding { get; } = new(0, null, null, null, null, null, false);

    /// <summary>
    /// Gets the observations the finding shows: for an aggregate its evidence (a ratio's matching facts, otherwise every
    /// fact selected), for an <c>each</c> part the facts that pass, one finding each; in batch order.
    /// </summary>
    public IReadOnlyList<Observation> Facts { get; init; } = [];

    /// <summary>The values the measured placeholders read.</summary>
    /// <param name="threshold">The threshold the measure was compared with, if any.</param>
    /// <returns>The values.</returns>
    public MeasuredValues Values(decimal? threshold) => new(Count, Total, Ratio, Sum, Age, Latest, threshold);
}
