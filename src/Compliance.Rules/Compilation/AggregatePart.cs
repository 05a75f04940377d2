using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The runtime side of one aggregate condition: NRules collects the selected facts, and this part measures the
/// collection (count, ratio, sum, age) and tests the comparison. Called from the rule's condition and again when the
/// finding is recorded.
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
    /// Tests the aggregate on a subject's observations of its type (the rule's condition). Counting aggregates count
    /// without making a list.
    /// </summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>Whether the aggregate holds.</returns>
    public bool Holds(SubjectFacts facts, EvaluationScope scope) => Aggregate.Kind switch
    {
        AggregateKind.Exists => Count(facts, scope, 1) > 0,
        AggregateKind.None => Count(facts, scope, 1) == 0,
        AggregateKind.Count => Aggregate.Comparison!.Holds(Count(facts, scope, int.MaxValue)),
        _ => Measure(Select(facts, scope), scope).Holds,
    };

    /// <summary>The subject's observations that the selection selects, in batch order.</summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>The selected observations.</returns>
    public IReadOnlyList<Observation> Select(SubjectFacts facts, EvaluationScope scope) => facts.Where(_selected, scope);

    /// <summary>Measures a collection.</summary>
    /// <param name="facts">The collected facts.</param>
    /// <param name="scope">The scope.</param>
    /// <returns>The measurement.</returns>
    public Measurement Measure(IEnumerable<object> facts, EvaluationScope scope)
    {
        var comparison = Aggregate.Comparison;
        switch (Aggregate.Kind)
        {
            case AggregateKind.Exists:
                var any = facts.Count();
                return new Measurement(any, null, null, null, null, null, any > 0);
            case AggregateKind.None:
                var none = facts.Count();
                return new Measurement(none, null, null, null, null, null, none == 0);
            case AggregateKind.Count:
                var count = facts.Count();
                return new Measurement(count, null, null, null, null, null, comparison!.Holds(count));
            case AggregateKind.Ratio:
                var total = 0;
                var matched = 0;
                foreach (var fact in facts)
                {
                    total++;
                    if (_matching!(fact, scope))
                    {
                        matched++;
                    }
                }

                decimal? ratio = total == 0 ? null : (decimal)matched / total;
                return new Measurement(matched, total, ratio, null, null, null, ratio is { } r && comparison!.Holds(r));
            case AggregateKind.Sum:
                var list = facts.ToList();
                var sum = list.Select(_field!).Sum(v => v switch { int i => i, decimal d => d, _ => 0m });
                return new Measurement(list.Count, null, null, sum, null, null, comparison!.Holds(sum));
            default:
                var items = facts.ToList();
                var latest = items.Select(f => DateOf(_field!(f))).Where(d => d is not null).Max();
                if (latest is not { } last)
                {
                    return new Measurement(items.Count, null, null, null, null, null, Aggregate.WhenEmpty);
                }

                var age = FactFunctions.Measure(Aggregate.AgeUnit!.Value, last, scope.AsOf, scope.Calendar);
                return new Measurement(items.Count, null, null, null, age, last, comparison!.Holds(age));
        }
    }

    /// <summary>Gets the facts to show as evidence: for a ratio the matching ones, otherwise all collected.</summary>
    /// <param name="facts">The collected facts.</param>
    /// <param name="scope">The scope.</param>
    /// <returns>The evidence facts.</returns>
    public ImmutableArray<Observation> EvidenceFacts(IEnumerable<object> facts, EvaluationScope scope) =>
        Aggregate.Kind == AggregateKind.Ratio
            ? [.. facts.Where(f => _matching!(f, scope)).Cast<Observation>()]
            : [.. facts.Cast<Observation>()];

    private int Count(SubjectFacts facts, EvaluationScope scope, int enough)
    {
        if (_selected is null)
        {
            return Math.Min(facts.Items.Count, enough);
        }

        var count = 0;
        foreach (var fact in facts.Items)
        {
            if (_selected(fact, scope) && ++count >= enough)
            {
                break;
            }
        }

        return count;
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
