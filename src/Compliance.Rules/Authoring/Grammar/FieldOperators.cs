using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// The operators of field tests, in the order the language documents them: the comparisons of
/// <see cref="ComparisonOperator.All"/>, then membership, presence, windows and the set tests.
/// </summary>
/// <remarks>
/// A plain value stands for <c>eq</c> and a plain list for <c>in</c> (<see cref="ForValue"/>, <see cref="ForList"/>); on a set
/// both stand for <c>includes_any</c>. This type is immutable and thread-safe.
/// </remarks>
internal static class FieldOperators
{
    /// <summary>One of a list (<c>in</c>).</summary>
    public static readonly FieldOperator In = new(
        "in",
        new("取值为列表中之一；字段为空时不成立。", "Is one of the listed values; false when the field is empty."),
        IsListable,
        OperatorArgument.Values,
        false,
        t => AnyEqual(t));

    /// <summary>The set holds any of a list (<c>includes_any</c>).</summary>
    public static readonly FieldOperator IncludesAny = new(
        "includes_any",
        new("集合包含列表中任一值。", "The set holds at least one of the listed values."),
        IsSet,
        OperatorArgument.Values,
        false,
        t => SetCall(nameof(FactSets.IncludesAny), t, values: true));

    /// <summary>Every operator, in documentation order.</summary>
    public static readonly ImmutableArray<FieldOperator> All =
    [
        .. ComparisonOperator.All.Select(Comparing),
        In,
        new(
            "not_in",
            new("取值不在列表中（字段为空也算不在）。", "Is none of the listed values (a missing value counts as none)."),
            IsListable,
            OperatorArgument.Values,
            true,
            t => Expression.Not(AnyEqual(t))),
        new(
            "present",
            new("true：字段有值；false：字段为空。", "true: the field has a value; false: it is empty."),
            f => f.IsNullable,
            OperatorArgument.Flag,
            null,
            t => Expression.Equal(HasValue(t.Value), Expression.Constant((bool)t.Argument))),
        new(
            "within",
            new("日期在截至监测时间点的时间窗内：起始日 ≤ 日期 ≤ 监测时间点，起始日 = 监测时间点 − N（start: exclusive 时不含起始日）。日期为空则不在窗内。", "The date lies in the window ending at the as-of date: start ≤ date ≤ as-of, where start = as-of − N (start: exclusive leaves the start day out). A missing date is never within."),
            IsTimed,
            OperatorArgument.Window,
            false,
            t => t.InWindow((Window)t.Argument, t.Value)),
        new(
            "not_within",
            new("日期不在该时间窗内（日期为空也算不在）。例：{ months: 6 } 即“6个月内未更新”。", "The date is not in the window (a missing date counts as not within). Example: { months: 6 } for “not updated within 6 months”."),
            IsTimed,
            OperatorArgument.Window,
            true,
            t => Expression.Not(t.InWindow((Window)t.Argument, t.Value))),
        IncludesAny,
        new(
            "includes_all",
            new("集合包含列表中全部值。", "The set holds every listed value."),
            IsSet,
            OperatorArgument.Values,
            false,
            t => SetCall(nameof(FactSets.IncludesAll), t, values: true)),
        new(
            "empty",
            new("true：集合为空；false：集合非空。", "true: the set is empty; false: it holds something."),
            IsSet,
            OperatorArgument.Flag,
            false,
            t => Expression.Equal(SetCall(nameof(FactSets.IsEmpty), t, values: false), Expression.Constant((bool)t.Argument))),
        new(
            "size",
            new("集合中不同取值的个数与一个整数比较，如 { gte: 4 }：缺失4类及以上。", "The number of distinct values in the set, compared with a whole number, such as { gte: 4 }: 4 or more missing."),
            IsSet,
            OperatorArgument.WholeComparison,
            false,
            t => ((Comparison)t.Argument).Operator.Build(SetCall(nameof(FactSets.SetSize), t, values: false), Expression.Constant((int)((Comparison)t.Argument).Threshold))),
    ];

    private static readonly FrozenDictionary<string, FieldOperator> ByKey = All.ToFrozenDictionary(o => o.Key, StringComparer.Ordinal);

    /// <summary>Gets the keys of every operator, in documentation order.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. All.Select(o => o.Key)];

    /// <summary>Finds an operator by its key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The operator, or <see langword="null"/>.</returns>
    public static FieldOperator? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>Gets the operator of a comparison.</summary>
    /// <param name="comparison">The comparison operator.</param>
    /// <returns>The field operator that compares a field with a value in the same way.</returns>
    public static FieldOperator Of(ComparisonOperator comparison) => ByKey[comparison.Key];

    /// <summary>Gets the operator a plain value stands for: <c>eq</c>, or <c>includes_any</c> on a set.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The operator.</returns>
    public static FieldOperator ForValue(FactField field) => IsSet(field) ? IncludesAny : Of(ComparisonOperator.Eq);

    /// <summary>Gets the operator a plain list stands for: <c>in</c>, or <c>includes_any</c> on a set.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The operator.</returns>
    public static FieldOperator ForList(FactField field) => IsSet(field) ? IncludesAny : In;

    private static FieldOperator Comparing(ComparisonOperator comparison) => new(
        comparison.Key,
        comparison == ComparisonOperator.Ne
            ? new(comparison.Description.Chinese + "字段为空也算不等于。", comparison.Description.English + " A missing value counts as not equal.")
            : comparison.Ordered
                ? new(comparison.Description.Chinese + "字段为空时不成立。", comparison.Description.English + " False when the field is empty.")
                : comparison.Description,
        comparison.Ordered ? IsOrdered : f => !IsSet(f),
        OperatorArgument.Value,
        comparison == ComparisonOperator.Ne,
        t => comparison.Build(t.Value, Expression.Constant(t.Argument, t.Field.ValueType)));

    private static bool IsOrdered(FactField field) =>
        field.Kind is FieldKind.Integer or FieldKind.Decimal or FieldKind.Date or FieldKind.DateTime or FieldKind.Instant or FieldKind.Duration;

    private static bool IsTimed(FactField field) => field.Kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant;

    private static bool IsListable(FactField field) => field.Kind is FieldKind.Text or FieldKind.Enum or FieldKind.Integer;

    private static bool IsSet(FactField field) => field.Kind == FieldKind.EnumSet;

    private static Expression AnyEqual(FieldTestTerms terms) =>
        ((ImmutableArray<object>)terms.Argument)
            .Select(v => (Expression)Expression.Equal(terms.Value, Expression.Constant(v, terms.Field.ValueType)))
            .Aggregate(Expression.OrElse);

    private static Expression HasValue(Expression property) =>
        Nullable.GetUnderlyingType(property.Type) is not null
            ? Expression.Property(property, "HasValue")
            : Expression.NotEqual(property, Expression.Constant(null, property.Type));

    private static Expression SetCall(string name, FieldTestTerms terms, bool values)
    {
        var elementType = terms.Field.EnumType!;
        var method = typeof(FactSets).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(elementType);
        if (!values)
        {
            return Expression.Call(method, terms.Value);
        }

        var items = (ImmutableArray<object>)terms.Argument;
        var array = Array.CreateInstance(elementType, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return Expression.Call(method, terms.Value, Expression.Constant(array));
    }
}
