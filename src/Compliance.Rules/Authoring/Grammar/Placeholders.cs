using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// The placeholders of the reason and detail templates. The measured ones are a table (<see cref="Measured"/>); the
/// others are families named after fields (<see cref="Families"/>): <c>as_of</c>, <c>subject.&lt;field&gt;</c>, the
/// fields of an <c>each</c> fact, and <c>latest.&lt;date field&gt;</c> and <c>earliest.&lt;date field&gt;</c> of an
/// aggregate's facts.
/// </summary>
internal static class Placeholders
{
    /// <summary>The placeholders whose values a condition part measures, in the order their evidence is listed.</summary>
    public static readonly ImmutableArray<Placeholder> Measured =
    [
        new("count", new("匹配的事实数（聚合）", "how many facts matched (aggregates)"), part => part is Aggregate ? PlaceholderKind.Number : null, m => m.Count),
        new("total", new("选出的事实数（ratio）", "how many facts were selected (ratio)"), part => part is Aggregate { Kind: AggregateKind.Ratio } ? PlaceholderKind.Number : null, m => m.Total),
        new("ratio", new("匹配的比例（ratio）", "the share that matched (ratio)"), part => part is Aggregate { Kind: AggregateKind.Ratio } ? PlaceholderKind.Number : null, m => m.Ratio),
        new("sum", new("字段之和（sum）", "the sum of the field (sum)"), part => part is Aggregate { Kind: AggregateKind.Sum } ? PlaceholderKind.Number : null, m => m.Sum),
        new("age", new("距最近日期的时间（age）", "the time since the latest date (age)"), part => part is Aggregate { Kind: AggregateKind.Age } ? PlaceholderKind.Number : null, m => m.Age),
        new("latest", new("最近的日期（age）", "the latest date (age)"), part => part is Aggregate { Kind: AggregateKind.Age } a ? KindOf(a.Field!.Kind) : null, m => m.Latest),
        new("threshold", new("比较的阈值（带比较的聚合）", "the threshold of the comparison (aggregates that compare)"), part => part is Aggregate { Comparison: not null } ? PlaceholderKind.Number : null, m => m.Threshold),
        new("limit", new("经过时间检验的阈值（each，有 elapsed 检验时）", "the limit of the elapsed test (each, with an elapsed test)"), part => ElapsedOf(part) is not null ? PlaceholderKind.Number : null, m => m.Limit),
        new("elapsed", new("经过时间检验量得的时间（each，有 elapsed 检验时）", "the time the elapsed test measured (each, with an elapsed test)"), part => ElapsedOf(part) is not null ? PlaceholderKind.Number : null, m => m.Elapsed),
        new("deadline", new("经过时间检验允许的最后一天（each，elapsed 以天或工作日计时）", "the last day the elapsed test allows (each, an elapsed test in days or working days)"), part => ElapsedOf(part)?.Unit is TimeUnit.WorkingDays or TimeUnit.CalendarDays ? PlaceholderKind.Date : null, m => m.Deadline),
    ];

    /// <summary>The families of placeholders named after fields, with what they are, for the schemas.</summary>
    public static readonly ImmutableArray<(string Name, Bilingual Description)> Families =
    [
        ("as_of", new("监测时间点", "the as-of date")),
        ("subject.<field>", new("对象本身的字段", "a field of the subject")),
        ("<field>", new("each 的事实的字段", "a field of the fact of an each")),
        ("latest.<date field>, earliest.<date field>", new("聚合所选类型全部事实中某日期字段的最近、最早值", "the latest and earliest value of a date field over all facts of an aggregate's type")),
        ("<as>.<name>", new("all 中以 as 命名的部分的值", "a value of a part of all named with as")),
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
