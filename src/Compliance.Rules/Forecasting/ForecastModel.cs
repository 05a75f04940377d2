using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Evaluation;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// What a forecast's plan takes from the rule set alone: for every enabled indicator the parts of its rules that read
/// facts, with the filters the rules are compiled from and their triggers; for every trigger its guard and its date
/// reader. Built once per compiled rule set, the first time it forecasts, and shared by its forecasts.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ForecastModel
{
    private readonly BatchEvaluator _evaluator;
    private readonly FrozenDictionary<string, PartPlan[]> _parts;

    /// <summary>Initializes a new instance of the <see cref="ForecastModel"/> class.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    public ForecastModel(BatchEvaluator evaluator)
    {
        _evaluator = evaluator;

        // A trigger two parts share is numbered once, so its changes are computed once per date.
        var numbers = new Dictionary<DateTrigger, int>();
        _parts = evaluator.Revision.Indicators
            .Where(i => i.Enabled)
            .ToFrozenDictionary(i => i.Id, i => Plan(i, numbers), StringComparer.Ordinal);
        Triggers = [.. numbers.OrderBy(n => n.Value).Select(n => n.Key)];
        Guards = [.. Triggers.Select(t => t.Guard is null ? null : evaluator.CompileFilter(t.Guard, t.Type.ClrType))];
        Dates = [.. Triggers.Select(t => t.DateReader())];
    }

    /// <summary>Gets the triggers of the enabled indicators, numbered by position.</summary>
    public ImmutableArray<DateTrigger> Triggers { get; }

    /// <summary>Gets the compiled guard of each trigger (<see cref="DateTrigger.Guard"/>), or <see langword="null"/>.</summary>
    public ImmutableArray<Func<object, EvaluationScope, bool>?> Guards { get; }

    /// <summary>Gets the reader of the date each trigger reads from a fact (<see cref="DateTrigger.DateReader"/>).</summary>
    public ImmutableArray<Func<object, LocalDate?>> Dates { get; }

    /// <summary>Gets the parts of an enabled indicator's rules that read facts.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The parts: of its condition, or of each of its sub-rules in turn.</returns>
    public PartPlan[] PartsOf(Indicator indicator) => _parts[indicator.Id];

    // The parts of an indicator's rules: of its condition, or of each of its sub-rules, which count their own points.
    private PartPlan[] Plan(Indicator indicator, Dictionary<DateTrigger, int> numbers) =>
        [.. (indicator.SubRules.IsEmpty ? [indicator] : indicator.SubRules).SelectMany(rule => PlanRule(rule, numbers))];

    private List<PartPlan> PlanRule(Indicator rule, Dictionary<DateTrigger, int> numbers)
    {
        var parts = DateTriggers.Parts(rule);
        var firstAggregate = parts.Select(p => p.Part).OfType<Aggregate>().FirstOrDefault();
        var pointsFromAggregate = !parts.Any(p => p.Part is EachFact) && rule.Points is PerOccurrencePoints or PerUnitPoints;
        return [.. parts.Select(p =>
        {
            var selection = p.Part switch { EachFact each => each.Selection, Aggregate counted => counted.Selection, _ => null! };
            var where = selection.Where is null ? null : _evaluator.CompileFilter(selection.Where, selection.Type.ClrType);
            var aggregate = p.Part as Aggregate;
            var matching = aggregate?.Matching is null ? null : _evaluator.CompileFilter(aggregate.Matching, selection.Type.ClrType);
            var measure = aggregate is null ? null : new AggregatePart(aggregate, where, matching);
            var fixedNumerator = aggregate is { Kind: AggregateKind.Ratio } && !DateTriggers.DependsOnDate(aggregate.Matching!) ? matching : null;
            int[] triggers = [.. p.Triggers.Select(t => numbers.TryGetValue(t, out var n) ? n : numbers[t] = numbers.Count)];
            return new PartPlan(rule, selection.Type.ClrType, where, measure, pointsFromAggregate && ReferenceEquals(aggregate, firstAggregate), fixedNumerator, triggers);
        })];
    }
}
