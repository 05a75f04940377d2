using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>A test on one fact, written under <c>where:</c>.</summary>
/// <param name="Location">Where it is written.</param>
internal abstract record Predicate(SourceLocation Location);

/// <summary>All of the parts hold (the keys of one <c>where:</c> mapping, or <c>all:</c>).</summary>
internal sealed record AllOf(ImmutableArray<Predicate> Parts, SourceLocation Location) : Predicate(Location);

/// <summary>At least one part holds (<c>any:</c>).</summary>
internal sealed record AnyOf(ImmutableArray<Predicate> Parts, SourceLocation Location) : Predicate(Location);

/// <summary>The part does not hold (<c>not:</c>).</summary>
internal sealed record NotOf(Predicate Part, SourceLocation Location) : Predicate(Location);

/// <summary>
/// A test of one field by one operator of <see cref="FieldOperators"/> (<c>category: 动态要闻</c>,
/// <c>last_updated: { not_within: { months: 6 } }</c>, <c>missing_elements: { size: { gte: 4 } }</c>).
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Argument">
/// What is written after the operator, as read (<see cref="FieldOperator.Argument"/>): a value of the field's type, an
/// <see cref="ImmutableArray{T}"/> of values, a <see cref="bool"/>, a <see cref="Window"/> or a <see cref="Comparison"/>.
/// </param>
/// <param name="Location">Where it is written.</param>
internal sealed record FieldTest(FactField Field, FieldOperator Operator, object Argument, SourceLocation Location) : Predicate(Location);

/// <summary>
/// The time elapsed between two date fields of one fact (to the as-of date when the second is missing),
/// compared with a threshold (<c>elapsed:</c>).
/// </summary>
internal sealed record Elapsed(FactField From, FactField? To, TimeUnit Unit, Comparison Comparison, SourceLocation Location) : Predicate(Location);
