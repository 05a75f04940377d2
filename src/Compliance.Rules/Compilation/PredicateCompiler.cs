using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// Turns a predicate from a rule file into a LINQ expression over a fact and the <see cref="EvaluationScope"/>,
/// which NRules compiles into its network. Windows are read from the scope by slot, so one compiled rule set
/// serves every as-of date.
/// </summary>
internal sealed class PredicateCompiler
{
    private static readonly MethodInfo WindowStartMethod = typeof(EvaluationScope).GetMethod(nameof(EvaluationScope.WindowStart))!;
    private static readonly MethodInfo WindowStartInstantMethod = typeof(EvaluationScope).GetMethod(nameof(EvaluationScope.WindowStartInstant))!;
    private static readonly MethodInfo ElapsedHoldsMethod = typeof(FactFunctions).GetMethod(nameof(FactFunctions.ElapsedHolds))!;
    private static readonly MethodInfo DayOrMethod = typeof(FactFunctions).GetMethod(nameof(FactFunctions.DayOr))!;

    private readonly WindowSlots _slots;

    /// <summary>Initializes a new instance of the <see cref="PredicateCompiler"/> class.</summary>
    /// <param name="slots">The rule set's window slots, extended as windows are met.</param>
    public PredicateCompiler(WindowSlots slots) => _slots = slots;

    /// <summary>Builds the boolean expression of a predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <param name="fact">The fact expression.</param>
    /// <param name="scope">The scope expression.</param>
    /// <returns>The expression.</returns>
    public Expression Build(Predicate predicate, Expression fact, Expression scope) => predicate switch
    {
        AllOf all => all.Parts.Select(p => Build(p, fact, scope)).DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso),
        AnyOf any => any.Parts.Select(p => Build(p, fact, scope)).DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse),
        NotOf not => Expression.Not(Build(not.Part, fact, scope)),
        FieldCompare compare => Compare(compare, fact),
        FieldIn membership => Membership(membership, fact),
        FieldPresent present => Present(present, fact),
        FieldWithin within => Within(within, fact, scope),
        FieldSet set => SetTest(set, fact),
        FieldSetSize size => SizeTest(size, fact),
        Elapsed elapsed => ElapsedTest(elapsed, fact, scope),
        _ => throw new InvalidOperationException($"unknown predicate {predicate.GetType().Name}"),
    };

    /// <summary>Builds a lambda <c>(T fact, EvaluationScope scope) =&gt; predicate</c>, for use outside the network.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <param name="factType">The fact type.</param>
    /// <returns>The compiled delegate over an untyped fact.</returns>
    public Func<object, EvaluationScope, bool> CompileDelegate(Predicate predicate, Type factType)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var scope = Expression.Parameter(typeof(EvaluationScope), "scope");
        var body = Build(predicate, Expression.Convert(fact, factType), scope);
        return Expression.Lambda<Func<object, EvaluationScope, bool>>(body, fact, scope).Compile();
    }

    private static Expression Compare(FieldCompare compare, Expression fact)
    {
        var property = Expression.Property(fact, compare.Field.Property);
        var constant = Expression.Constant(compare.Value, compare.Field.ValueType);
        return WhenPresent(compare.Field, property, value => Operator(compare.Operator, value, constant), missing: compare.Operator == ComparisonOperator.Ne);
    }

    private static Expression Operator(ComparisonOperator op, Expression left, Expression right) => op.Build(left, right);

    private static Expression Membership(FieldIn membership, Expression fact)
    {
        var property = Expression.Property(fact, membership.Field.Property);
        var test = WhenPresent(
            membership.Field,
            property,
            value => membership.Values
                .Select(v => (Expression)Expression.Equal(value, Expression.Constant(v, membership.Field.ValueType)))
                .Aggregate(Expression.OrElse),
            missing: false);
        return membership.Negated ? Expression.Not(test) : test;
    }

    private static Expression Present(FieldPresent present, Expression fact)
    {
        var property = Expression.Property(fact, present.Field.Property);
        Expression has = Nullable.GetUnderlyingType(property.Type) is not null
            ? Expression.Property(property, "HasValue")
            : Expression.NotEqual(property, Expression.Constant(null, property.Type));
        return present.Present ? has : Expression.Not(has);
    }

    private Expression Within(FieldWithin within, Expression fact, Expression scope)
    {
        var slot = Expression.Constant(_slots.SlotOf(within.Window));
        var property = Expression.Property(fact, within.Field.Property);
        var test = WhenPresent(within.Field, property, value =>
        {
            if (within.Field.Kind == FieldKind.Instant)
            {
                var start = Expression.Call(scope, WindowStartInstantMethod, slot);
                var end = Expression.Property(scope, nameof(EvaluationScope.AsOfEnd));
                return Expression.AndAlso(Expression.GreaterThanOrEqual(value, start), Expression.LessThan(value, end));
            }

            var date = within.Field.Kind == FieldKind.DateTime ? Expression.Property(value, nameof(LocalDateTime.Date)) : value;
            var first = Expression.Call(scope, WindowStartMethod, slot);
            var asOf = Expression.Property(scope, nameof(EvaluationScope.AsOf));
            return Expression.AndAlso(Expression.GreaterThanOrEqual(date, first), Expression.LessThanOrEqual(date, asOf));
        }, missing: false);
        return within.Negated ? Expression.Not(test) : test;
    }

    private static Expression SetTest(FieldSet set, Expression fact)
    {
        var property = Expression.Property(fact, set.Field.Property);
        var elementType = set.Field.EnumType!;
        var name = set.Operator switch
        {
            SetOperator.IncludesAny => nameof(FactFunctions.IncludesAny),
            SetOperator.IncludesAll => nameof(FactFunctions.IncludesAll),
            _ => nameof(FactFunctions.IsEmpty),
        };
        var method = typeof(FactFunctions).GetMethod(name)!.MakeGenericMethod(elementType);
        if (set.Operator is SetOperator.Empty or SetOperator.NotEmpty)
        {
            var empty = Expression.Call(method, property);
            return set.Operator == SetOperator.Empty ? empty : Expression.Not(empty);
        }

        var values = Array.CreateInstance(elementType, set.Values.Length);
        for (var i = 0; i < set.Values.Length; i++)
        {
            values.SetValue(set.Values[i], i);
        }

        return Expression.Call(method, property, Expression.Constant(values));
    }

    private static Expression SizeTest(FieldSetSize size, Expression fact)
    {
        var property = Expression.Property(fact, size.Field.Property);
        var method = typeof(FactFunctions).GetMethod(nameof(FactFunctions.SetSize))!.MakeGenericMethod(size.Field.EnumType!);
        var count = Expression.Call(method, property);
        return Expression.Call(
            typeof(FactFunctions).GetMethod(nameof(FactFunctions.Compare))!,
            Expression.Call(count, typeof(int).GetMethod(nameof(int.CompareTo), [typeof(int)])!, Expression.Constant((int)size.Comparison.Threshold)),
            Expression.Constant(size.Comparison.Operator));
    }

    private static Expression ElapsedTest(Elapsed elapsed, Expression fact, Expression scope)
    {
        var from = DayOf(elapsed.From, fact);
        var asOf = Expression.Property(scope, nameof(EvaluationScope.AsOf));
        Expression to = elapsed.To is null ? asOf : Expression.Call(DayOrMethod, DayOf(elapsed.To, fact), asOf);
        return Expression.Call(
            ElapsedHoldsMethod,
            Expression.Constant(elapsed.Unit),
            from,
            to,
            Expression.Constant(elapsed.Comparison.Operator),
            Expression.Constant((int)elapsed.Comparison.Threshold),
            Expression.Property(scope, nameof(EvaluationScope.Calendar)));
    }

    /// <summary>Builds an expression for the date (as <see cref="LocalDate"/>?) of a date or date-time field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="fact">The fact expression.</param>
    /// <returns>The expression.</returns>
    public static Expression DayOf(FactField field, Expression fact)
    {
        var property = Expression.Property(fact, field.Property);
        var nullableType = typeof(Nullable<>).MakeGenericType(field.ValueType);
        var asNullable = property.Type == nullableType ? (Expression)property : Expression.Convert(property, nullableType);
        var day = typeof(FactFunctions).GetMethod(nameof(FactFunctions.Day), [nullableType])!;
        return Expression.Call(day, asNullable);
    }

    private static Expression WhenPresent(FactField field, MemberExpression property, Func<Expression, Expression> test, bool missing)
    {
        if (Nullable.GetUnderlyingType(property.Type) is not null)
        {
            var has = Expression.Property(property, "HasValue");
            var value = Expression.Property(property, "Value");
            return missing ? Expression.OrElse(Expression.Not(has), test(value)) : Expression.AndAlso(has, test(value));
        }

        if (field.IsNullable && !property.Type.IsValueType)
        {
            var isNull = Expression.Equal(property, Expression.Constant(null, property.Type));
            return missing ? Expression.OrElse(isNull, test(property)) : Expression.AndAlso(Expression.Not(isNull), test(property));
        }

        return test(property);
    }
}
