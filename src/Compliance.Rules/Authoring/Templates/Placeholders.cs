using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Templates;

/// <summary>
/// The placeholders of the reason and detail templates. The measured ones are a table (<see cref="Measured"/>); the
/// others are families named after fields: <c>as_of</c>, <c>subject.&lt;field&gt;</c>, the fields of an <c>each</c>
/// fact, and <c>latest.&lt;date field&gt;</c> and <c>earliest.&lt;date field&gt;</c> of an aggregate's facts.
/// </summary>
internal static class Placeholders
{
    /// <summary>The placeholders whose values a condition part measures, in the order their evidence is listed.</summary>
    public static readonly ImmutableArray<Placeholder> Measured =
    [
        new("count", "how many facts matched", part => part is Aggregate ? PlaceholderKind.Number : null, m => m.Count),
        new("total", "how many facts were selected (ratio)", part => part is Aggregate { Kind: AggregateKind.Ratio } ? PlaceholderKind.Number : null, m => m.Total),
        new("ratio", "the share that matched (ratio)", part => part is Aggregate { Kind: AggregateKind.Ratio } ? PlaceholderKind.Number : null, m => m.Ratio),
        new("sum", "the sum of the field (sum)", part => part is Aggregate { Kind: AggregateKind.Sum } ? PlaceholderKind.Number : null, m => m.Sum),
        new("age", "the time since the latest date (age)", part => part is Aggregate { Kind: AggregateKind.Age } ? PlaceholderKind.Number : null, m => m.Age),
        new("latest", "the latest date (age)", part => part is Aggregate { Kind: AggregateKind.Age } a ? KindOf(a.Field!.Kind) : null, m => m.Latest),
        new("threshold", "the threshold of the comparison", part => part is Aggregate { Comparison: not null } ? PlaceholderKind.Number : null, m => m.Threshold),
        new("limit", "the limit of the elapsed test", part => ElapsedOf(part) is not null ? PlaceholderKind.Number : null, m => m.Limit),
        new("elapsed", "the time the elapsed test measured", part => ElapsedOf(part) is not null ? PlaceholderKind.Number : null, m => m.Elapsed),
        new("deadline", "the last day the elapsed test allows", part => ElapsedOf(part)?.Unit is TimeUnit.WorkingDays or TimeUnit.CalendarDays ? PlaceholderKind.Date : null, m => m.Deadline),
    ];

    /// <summary>Finds the <c>elapsed</c> test at the top level of an <c>each</c> part's filter, if any.</summary>
    /// <param name="part">A condition part.</param>
    /// <returns>The test, or <see langword="null"/>.</returns>
    public static Elapsed? ElapsedOf(Condition part) => part is EachFact each ? TopLevelElapsed(each.Selection.Where) : null;

    /// <summary>The kind of placeholder a field of the given kind gives.</summary>
    /// <param name="kind">The field's kind.</param>
    /// <returns>The placeholder's kind.</returns>
    public static PlaceholderKind KindOf(FieldKind kind) => kind switch
    {
        FieldKind.Integer or FieldKind.Decimal => PlaceholderKind.Number,
        FieldKind.Date => PlaceholderKind.Date,
        FieldKind.DateTime => PlaceholderKind.DateTime,
        _ => PlaceholderKind.Text,
    };

    private static Elapsed? TopLevelElapsed(Predicate? predicate) => predicate switch
    {
        Elapsed e => e,
        AllOf all => all.Parts.Select(TopLevelElapsed).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
