using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Authoring.Grammar;
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
        FieldTest test => Test(test, fact, scope),
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

    // The operator builds the test over a value that is present, and says what an empty field gives (FieldOperator.WhenEmpty).
    private Expression Test(FieldTest test, Expression fact, Expression scope)
    {
        var property = Expression.Property(fact, test.Field.Property);
        Expression Build(Expression value) => test.Operator.Build(new FieldTestTerms(test.Field, value, test.Argument, (window, date) => Within(window, test.Field, date, scope)));
        return test.Operator.WhenEmpty is { } missing ? WhenPresent(test.Field, property, Build, missing) : Build(property);
    }

    private Expression Within(Window window, FactField field, Expression value, Expression scope)
    {
        var slot = Expression.Constant(_slots.SlotOf(window));
        if (field.Kind == FieldKind.Instant)
        {
            var start = Expression.Call(scope, WindowStartInstantMethod, slot);
            var end = Expression.Property(scope, nameof(EvaluationScope.AsOfEnd));
            return Expression.AndAlso(Expression.GreaterThanOrEqual(value, start), Expression.LessThan(value, end));
        }

        var date = field.Kind == FieldKind.DateTime ? Expression.Property(value, nameof(LocalDateTime.Date)) : value;
        var first = Expression.Call(scope, WindowStartMethod, slot);
        var asOf = Expression.Property(scope, nameof(EvaluationScope.AsOf));
        return Expression.AndAlso(Expression.GreaterThanOrEqual(date, first), Expression.LessThanOrEqual(date, asOf));
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
