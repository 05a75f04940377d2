using System.Collections.Immutable;
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

/// <summary>A field compared with a constant of the field's type (<c>eq</c>, <c>gte</c>…).</summary>
internal sealed record FieldCompare(FactField Field, ComparisonOperator Operator, object Value, SourceLocation Location) : Predicate(Location);

/// <summary>A field's value is (or is not) one of a set (<c>in</c>, <c>not_in</c>, or a plain list).</summary>
internal sealed record FieldIn(FactField Field, ImmutableArray<object> Values, bool Negated, SourceLocation Location) : Predicate(Location);

/// <summary>A field has (or lacks) a value (<c>present: true|false</c>).</summary>
internal sealed record FieldPresent(FactField Field, bool Present, SourceLocation Location) : Predicate(Location);

/// <summary>A date or time field lies (or does not lie) in a window ending at the as-of date (<c>within</c>, <c>not_within</c>).</summary>
internal sealed record FieldWithin(FactField Field, Window Window, bool Negated, SourceLocation Location) : Predicate(Location);

/// <summary>The set operators on a set-valued field.</summary>
internal enum SetOperator
{
    IncludesAny,
    IncludesAll,
    Empty,
    NotEmpty,
}

/// <summary>A test on a set-valued field (<c>includes_any</c>, <c>includes_all</c>, <c>empty</c>).</summary>
internal sealed record FieldSet(FactField Field, SetOperator Operator, ImmutableArray<object> Values, SourceLocation Location) : Predicate(Location);

/// <summary>
/// The number of distinct values a set-valued field holds, compared with a whole number (<c>size: { gte: 4 }</c>: "缺失4类及以上").
/// </summary>
internal sealed record FieldSetSize(FactField Field, Comparison Comparison, SourceLocation Location) : Predicate(Location);

/// <summary>
/// The time elapsed between two date fields of one fact (to the as-of date when the second is missing),
/// compared with a threshold (<c>elapsed:</c>).
/// </summary>
internal sealed record Elapsed(FactField From, FactField? To, TimeUnit Unit, Comparison Comparison, SourceLocation Location) : Predicate(Location);
