using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>When an indicator is violated (or, for a bonus, earned): the <c>when:</c> of an indicator.</summary>
/// <param name="Location">Where it is written.</param>
internal abstract record Condition(SourceLocation Location);

/// <summary>Every part holds (<c>all:</c>).</summary>
internal sealed record AllConditions(ImmutableArray<Condition> Parts, SourceLocation Location) : Condition(Location);

/// <summary>The sub-rules of an indicator written with <c>any:</c>: each holds on its own and makes its own findings.</summary>
/// <param name="Parts">The sub-rules' conditions, in the order written.</param>
/// <param name="Location">Where the <c>any</c> list is written.</param>
internal sealed record AnyConditions(ImmutableArray<Condition> Parts, SourceLocation Location) : Condition(Location);

/// <summary>A test on the subject's own fields (<c>subject:</c>).</summary>
internal sealed record SubjectTest(Predicate Where, SourceLocation Location) : Condition(Location);

/// <summary>One finding for each matching fact (<c>each:</c>): per-occurrence indicators.</summary>
internal sealed record EachFact(Selection Selection, string? Alias, SourceLocation Location) : Condition(Location);

/// <summary>The aggregates a condition can measure over a selection.</summary>
internal enum AggregateKind
{
    /// <summary>At least one fact matches.</summary>
    Exists,

    /// <summary>No fact matches.</summary>
    None,

    /// <summary>The number of matching facts, compared with a threshold.</summary>
    Count,

    /// <summary>Matching facts ÷ selected facts, compared with a threshold (a selection with no facts has no ratio and never holds).</summary>
    Ratio,

    /// <summary>The sum of a numeric field over matching facts.</summary>
    Sum,

    /// <summary>The time from the latest value of a date field to the as-of date.</summary>
    Age,
}

/// <summary>An aggregate over a selection, compared with a threshold.</summary>
/// <param name="Kind">The aggregate.</param>
/// <param name="Selection">The facts aggregated.</param>
/// <param name="Matching">For <see cref="AggregateKind.Ratio"/>, the numerator's filter within the selection.</param>
/// <param name="Field">For sums and ages, the field aggregated.</param>
/// <param name="AgeUnit">For ages, the unit.</param>
/// <param name="Comparison">The comparison, for count, ratio, sum and age.</param>
/// <param name="WhenEmpty">For ages, whether the condition holds when no fact has a value.</param>
/// <param name="Alias">The name under which reason templates reach this aggregate's values (<c>as:</c>).</param>
/// <param name="Location">Where it is written.</param>
internal sealed record Aggregate(
    AggregateKind Kind,
    Selection Selection,
    Predicate? Matching,
    FactField? Field,
    TimeUnit? AgeUnit,
    Comparison? Comparison,
    bool WhenEmpty,
    string? Alias,
    SourceLocation Location) : Condition(Location);
