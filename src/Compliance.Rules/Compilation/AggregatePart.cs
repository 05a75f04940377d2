using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The runtime side of one aggregate condition: measures a subject's set of observations of the selection's type (count,
/// ratio, sum, age) in the rule's condition; the scope keeps a measurement that holds for the rule's action.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class AggregatePart
{
    private readonly Func<object, EvaluationScope, bool>? _selected;
    private readonly Func<object, EvaluationScope, bool>? _matching;
    private readonly Func<object, object?>? _field;

    /// <summary>Initializes a new instance of the <see cref="AggregatePart"/> class.</summary>
    /// <param name="aggregate">The aggregate as written.</param>
    /// <param name="selected">The compiled filter of its selection (<c>where</c>), if any.</param>
    /// <param name="matching">The compiled filter of a ratio's matching facts, if any.</param>
    public AggregatePart(Aggregate aggregate, Func<object, EvaluationScope, bool>? selected, Func<object, EvaluationScope, bool>? matching)
    {
        Aggregate = aggregate;
        _selected = selected;
        _matching = matching;
        if (aggregate.Field is { Kind: FieldKind.EnumSet } set)
        {
            // A sum over a set-valued field adds the number of distinct values of each set ("每缺一类").
            var fact = System.Linq.Expressions.Expression.Parameter(typeof(object), "fact");
            var size = System.Linq.Expressions.Expression.Call(
                typeof(FactSets).GetMethod(nameof(FactSets.SetSize))!.MakeGenericMethod(set.EnumType!),
                System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(fact, set.Property.DeclaringType!), set.Property));
            _field = System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(size, typeof(object)), fact).Compile();
        }
        else if (aggregate.Field is { } field)
        {
            _field = fact => field.Property.GetValue(fact);
        }
    }

    /// <summary>Gets the aggregate as written.</summary>
    public Aggregate Aggregate { get; }

    /// <summary>
    /// Measures the aggregate on a subject's observations of its type, once: the rule's condition holds when the result
    /// <see cref="Measurement.Holds"/>, and the finding reads the kept result. A <c>none</c> stops at the first selected
    /// observation, and a part that does not hold gives the shared <see cref="Measurement.NotHolding"/>.
    /// </summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>The measurement, with the facts the finding shows when it holds.</returns>
    public Measurement Measure(SubjectFacts facts, EvaluationScope scope)
    {
        var comparison = Aggregate.Comparison;
        switch (Aggregate.Kind)
        {
            case AggregateKind.None:
                return facts.Where(_selected, scope, enough: 1).Count == 0 ? new(0, null, null, null, null, null, true) : Measurement.NotHolding;
            case AggregateKind.Exists:
                var any = facts.Where(_selected, scope);
                return any.Count > 0 ? new(any.Count, null, null, null, null, null, true) { Facts = any } : Measurement.NotHolding;
            case AggregateKind.Count:
                var counted = facts.Where(_selected, scope);
                return comparison!.Holds(counted.Count) ? new(counted.Count, null, null, null, null, null, true) { Facts = counted } : Measurement.NotHolding;
            case AggregateKind.Ratio:
                var selected = facts.Where(_selected, scope);
                List<Observation>? matching = null;
                foreach (var fact in selected)
                {
                    if (_matching!(fact, scope))
                    {
                        (matching ??= []).Add(fact);
                    }
                }

                var matched = matching?.Count ?? 0;
                decimal? ratio = selected.Count == 0 ? null : (decimal)matched / selected.Count;
                return ratio is { } r && comparison!.Holds(r)
                    ? new(matched, selected.Count, ratio, null, null, null, true) { Facts = matching ?? [] }
                    : Measurement.NotHolding;
            case AggregateKind.Sum:
                var summed = facts.Where(_selected, scope);
                var sum = summed.Select(_field!).Sum(v => v switch { int i => i, decimal d => d, _ => 0m });
                return comparison!.Holds(sum) ? new(summed.Count, null, null, sum, null, null, true) { Facts = summed } : Measurement.NotHolding;
            default:
                var dated = facts.Where(_selected, scope);
                var latest = dated.Select(f => DateOf(_field!(f))).Where(d => d is not null).Max();
                if (latest is not { } last)
                {
                    return Aggregate.WhenEmpty ? new(dated.Count, null, null, null, null, null, true) { Facts = dated } : Measurement.NotHolding;
                }

                var age = FactFunctions.Measure(Aggregate.AgeUnit!.Value, last, scope.AsOf, scope.Calendar);
                return comparison!.Holds(age) ? new(dated.Count, null, null, null, age, last, true) { Facts = dated } : Measurement.NotHolding;
        }
    }

    /// <summary>Converts a date-like field value to a date (instants in Asia/Shanghai).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static LocalDate? DateOf(object? value) => value switch
    {
        LocalDate date => date,
        LocalDateTime dateTime => dateTime.Date,
        Instant instant => WindowTable.DateOf(instant),
        _ => null,
    };
}
