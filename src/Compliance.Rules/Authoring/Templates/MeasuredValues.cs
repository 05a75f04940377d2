using NodaTime;

namespace Compliance.Rules.Authoring.Templates;

/// <summary>
/// What one part of a condition measured when its indicator fired: the values that the measured placeholders of
/// <see cref="Grammar.Placeholders"/> read. A value that the part does not measure is <see langword="null"/>.
/// </summary>
/// <param name="Count">How many facts matched (aggregates).</param>
/// <param name="Total">How many facts were selected, the ratio's denominator (ratio).</param>
/// <param name="Ratio">The share of the selected facts that matched (ratio).</param>
/// <param name="Sum">The sum of the field (sum).</param>
/// <param name="Age">The time since the latest date (age).</param>
/// <param name="Latest">The latest date (age).</param>
/// <param name="Threshold">The threshold the measure was compared with, if any.</param>
/// <param name="Elapsed">The time from one date of the fact to another, or to the as-of date (an <c>elapsed</c> test).</param>
/// <param name="Limit">The limit of the <c>elapsed</c> test.</param>
/// <param name="Deadline">The last day the <c>elapsed</c> test allows (working or calendar days).</param>
internal readonly record struct MeasuredValues(
    int? Count = null,
    int? Total = null,
    decimal? Ratio = null,
    decimal? Sum = null,
    int? Age = null,
    LocalDate? Latest = null,
    decimal? Threshold = null,
    int? Elapsed = null,
    int? Limit = null,
    LocalDate? Deadline = null);
