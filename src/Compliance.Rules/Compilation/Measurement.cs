using Compliance.Rules.Authoring.Templates;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>What an aggregate measured over the facts NRules collected for it.</summary>
/// <param name="Count">The number of matching facts (for a ratio, the numerator).</param>
/// <param name="Total">For a ratio, the number of facts selected (the denominator).</param>
/// <param name="Ratio">For a ratio, count ÷ total; <see langword="null"/> when total is 0.</param>
/// <param name="Sum">For a sum, the sum.</param>
/// <param name="Age">For an age, the time from the latest value to the as-of date.</param>
/// <param name="Latest">For an age, the latest value.</param>
/// <param name="Holds">Whether the aggregate's condition holds.</param>
internal sealed record Measurement(int Count, int? Total, decimal? Ratio, decimal? Sum, int? Age, LocalDate? Latest, bool Holds)
{
    /// <summary>The values the measured placeholders read.</summary>
    /// <param name="threshold">The threshold the measure was compared with, if any.</param>
    /// <returns>The values.</returns>
    public MeasuredValues Values(decimal? threshold) => new(Count, Total, Ratio, Sum, Age, Latest, threshold);
}
