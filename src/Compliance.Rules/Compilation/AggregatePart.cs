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
    public Measurement Measure(SubjectFacts facts, EvaluationScope scope) => Aggregate.Kind == AggregateKind.None
        ? MeasureCount(facts.Where(_selected, scope, enough: 1).Count)
        : MeasureSelected(facts.Where(_selected, scope), scope);

    /// <summary>
    /// Measures the aggregate on observations already selected (those that pass its <c>where</c> at the scope's date), as
    /// <see cref="Measure(SubjectFacts, EvaluationScope)"/> does after selecting them: a forecast, which keeps each day's
    /// selection up to date as facts enter and leave it, measures with the very code the rule calls.
    /// </summary>
    /// <param name="selected">The selected observations, in batch order.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>The measurement, with the facts the finding shows when it holds.</returns>
    public Measurement MeasureSelected(IReadOnlyList<Observation> selected, EvaluationScope scope)
    {
        switch (Aggregate.Kind)
        {
            case AggregateKind.None:
                return MeasureCount(selected.Count);
            case AggregateKind.Exists or AggregateKind.Count:
                var counted = MeasureCount(selected.Count);
                return counted.Holds ? counted with { Facts = selected } : counted;
            case AggregateKind.Ratio:
                List<Observation>? matching = null;
                foreach (var fact in selected)
                {
                    if (_matching!(fact, scope))
                    {
                        (matching ??= []).Add(fact);
                    }
                }

                var ratio = MeasureRatio(matching?.Count ?? 0, selected.Count);
                return ratio.Holds ? ratio with { Facts = matching ?? [] } : ratio;
            case AggregateKind.Sum:
                var sum = selected.Select(_field!).Sum(v => v switch { int i => i, decimal d => d, _ => 0m });
                return Aggregate.Comparison!.Holds(sum) ? new(selected.Count, null, null, sum, null, null, true) { Facts = selected } : Measurement.NotHolding;
            default:
                var latest = selected.Select(f => DateOf(_field!(f))).Where(d => d is not null).Max();
                if (latest is not { } last)
                {
                    return Aggregate.WhenEmpty ? new(selected.Count, null, null, null, null, null, true) { Facts = selected } : Measurement.NotHolding;
                }

                var age = FactFunctions.Measure(Aggregate.AgeUnit!.Value, last, scope.AsOf, scope.Calendar);
                return Aggregate.Comparison!.Holds(age) ? new(selected.Count, null, null, null, age, last, true) { Facts = selected } : Measurement.NotHolding;
        }
    }

    /// <summary>
    /// Measures an <c>exists</c>, <c>none</c> or <c>count</c> aggregate from the number of observations selected (the
    /// measurement carries no facts; <see cref="MeasureSelected"/> adds them).
    /// </summary>
    /// <param name="count">The number selected.</param>
    /// <returns>The measurement; <see cref="Measurement.NotHolding"/> when the aggregate does not hold.</returns>
    public Measurement MeasureCount(int count)
    {
        var holds = Aggregate.Kind switch
        {
            AggregateKind.Exists => count > 0,
            AggregateKind.None => count == 0,
            _ => Aggregate.Comparison!.Holds(count),
        };
        return holds ? new(count, null, null, null, null, null, true) : Measurement.NotHolding;
    }

    /// <summary>Measures a <c>ratio</c> aggregate from its numerator and denominator (the measurement carries no facts).</summary>
    /// <param name="matched">The number selected that match (the numerator).</param>
    /// <param name="total">The number selected (the denominator).</param>
    /// <returns>The measurement; <see cref="Measurement.NotHolding"/> when nothing was selected or the comparison fails.</returns>
    public Measurement MeasureRatio(int matched, int total)
    {
        decimal? ratio = total == 0 ? null : (decimal)matched / total;
        return ratio is { } r && Aggregate.Comparison!.Holds(r) ? new(matched, total, ratio, null, null, null, true) : Measurement.NotHolding;
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
