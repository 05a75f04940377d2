using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>How many points a finding is worth, and the indicator's cap.</summary>
/// <param name="Max">The indicator's maximum (its points in the table): the sum of its findings never exceeds it.</param>
/// <param name="Location">Where it is written.</param>
internal abstract record PointsRule(decimal Max, SourceLocation Location);

/// <summary>A fixed amount per finding (<c>points: 5</c>).</summary>
internal sealed record FixedPoints(decimal Points, decimal Max, SourceLocation Location) : PointsRule(Max, Location);

/// <summary>An amount per occurrence: per matching fact of an aggregate, or per fact of an <c>each</c> condition.</summary>
internal sealed record PerOccurrencePoints(decimal Each, decimal Max, SourceLocation Location) : PointsRule(Max, Location);

/// <summary>An amount per whole unit of a measured value (each 1% of failed probes −1).</summary>
/// <param name="Each">The points per unit.</param>
/// <param name="Unit">The size of one unit (0.01 for each percent).</param>
/// <param name="Measure">The measure (<c>ratio</c>, <c>count</c>, <c>sum</c>, <c>age</c>).</param>
/// <param name="Max">The cap.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record PerUnitPoints(decimal Each, decimal Unit, string Measure, decimal Max, SourceLocation Location) : PointsRule(Max, Location);

/// <summary>The points recorded on the matched fact itself (an inspector's finding), capped.</summary>
internal sealed record FieldPoints(FactField Field, decimal Max, SourceLocation Location) : PointsRule(Max, Location);

/// <summary>The cap of an indicator whose sub-rules give the points (<c>points: { max: 5 }</c> beside <c>any:</c>).</summary>
/// <param name="Max">The most the sub-rules' findings take or give together.</param>
/// <param name="Location">Where the points are written.</param>
internal sealed record CapOnly(decimal Max, SourceLocation Location) : PointsRule(Max, Location);
