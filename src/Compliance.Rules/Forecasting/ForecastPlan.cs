using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Scoring;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Where a forecast must look: for every subject, the dates on which one of its indicators can give another result, and
/// on each such date those indicators (the only ones evaluated again, with only the facts they read).
/// </summary>
/// <remarks>
/// <para>
/// A part of a condition answers differently on a date only if one of its facts' triggers changes that day
/// (<see cref="DateTrigger"/>). Many such changes make no difference: an account's earlier posts leave the 14-day window
/// while its last post is still in it; a site's probes leave the 7-day window while none of them failed. So on each date
/// where a trigger changes, the part's selection is tested again with the filters the rules are compiled from, and the
/// part counts as changed only when what the rule would see changes: for <c>each</c>, the facts selected; for an
/// aggregate, whether its comparison holds and, when the indicator's points are counted from it, the points
/// (<see cref="AggregatePart.Measure"/>, the very code the rule calls). Only then is the indicator evaluated again, by
/// NRules, on that date.
/// </para>
/// <para>Immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class ForecastPlan
{
    private readonly BatchEvaluator _evaluator;
    private readonly ForecastHorizon _horizon;
    private readonly Func<object, EvaluationScope, bool>?[] _guards;
    private readonly Func<object, LocalDate?>[] _dates;
    private readonly PartPlan[][] _parts;
    private readonly PartPlan[][] _movingParts;
    private readonly EvaluationScope[] _scopes;
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _partials = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, FrozenDictionary<Type, PartPlan[]>> _partsById;

    /// <summary>Initializes a new instance of the <see cref="ForecastPlan"/> class.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    /// <param name="indicators">The indicators the batch assesses (enabled, their facts observed).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="until">The last date.</param>
    public ForecastPlan(BatchEvaluator evaluator, ImmutableArray<Indicator> indicators, LocalDate asOf, LocalDate until)
    {
        _evaluator = evaluator;
        Indicators = indicators;

        // A trigger two parts share is numbered once, so its changes are computed once per date.
        var numbers = new Dictionary<DateTrigger, int>();
        _parts = [.. indicators.Select(indicator => Plan(indicator, numbers))];
        _movingParts = [.. _parts.Select(parts => parts.Where(p => p.Triggers.Length > 0).ToArray())];
        _partsById = indicators.Select((indicator, i) => (indicator.Id, Parts: _parts[i]))
            .ToFrozenDictionary(x => x.Id, x => x.Parts.GroupBy(p => p.FactType).ToFrozenDictionary(g => g.Key, g => g.ToArray()), StringComparer.Ordinal);
        var triggers = numbers.OrderBy(n => n.Value).Select(n => n.Key).ToList();
        _guards = [.. triggers.Select(t => t.Guard is null ? null : evaluator.CompileFilter(t.Guard, t.Type.ClrType))];
        _dates = [.. triggers.Select(t => t.DateReader())];
        _horizon = new ForecastHorizon(asOf, until, evaluator.Windows, evaluator.Calendar, triggers);
        _scopes = [.. Enumerable.Range(0, Period.DaysBetween(asOf, until) + 1).Select(d => evaluator.ScopeAt(asOf.PlusDays(d)))];
    }

    /// <summary>Gets the indicators, in the revision's order (a mask's bit i is indicator i).</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>
    /// Finds the dates after the as-of date on which a subject assessed at the as-of date must be evaluated again, with the
    /// indicators to evaluate.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="current">The result at the as-of date.</param>
    /// <param name="options">Parallelism and cancellation.</param>
    /// <returns>By date, ascending: the subjects (ascending indices) and the mask of their indicators to evaluate.</returns>
    public SortedDictionary<LocalDate, List<(int Subject, ulong[] Indicators)>> Candidates(FactBatch batch, BatchResult current, EvaluationOptions options)
    {
        var found = new Dictionary<LocalDate, ulong[]>?[batch.Subjects.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = options.CancellationToken };
        Parallel.For(0, batch.Subjects.Length, parallel, s =>
        {
            if (current.Assessments[s].Verdict is Verdict.Pass or Verdict.Fail)
            {
                found[s] = DatesOf(batch, batch.Subjects[s]);
            }
        });

        var byDate = new SortedDictionary<LocalDate, List<(int, ulong[])>>();
        for (var s = 0; s < found.Length; s++)
        {
            foreach (var (date, mask) in found[s] ?? [])
            {
                if (!byDate.TryGetValue(date, out var list))
                {
                    byDate[date] = list = [];
                }

                list.Add((s, mask));
            }
        }

        return byDate;
    }

    /// <summary>
    /// Builds what to evaluate again of a subject on a date: the masked indicators, with only the facts their selections
    /// can take on that date, and the other findings carried over.
    /// </summary>
    /// <param name="mask">The indicators to evaluate again.</param>
    /// <param name="previous">The subject's latest assessment.</param>
    /// <param name="date">The date.</param>
    /// <returns>The part.</returns>
    public PartialAssessment Part(ulong[] mask, Assessment previous, LocalDate date)
    {
        var ids = _partials.GetOrAdd(string.Join(",", mask), _ =>
            Enumerable.Range(0, Indicators.Length).Where(i => IsSet(mask, i)).Select(i => Indicators[i].Id).ToFrozenSet(StringComparer.Ordinal));
        var scope = _scopes[Period.DaysBetween(_horizon.AsOf, date)];
        bool Inserts(Observation fact, string indicator) =>
            _partsById[indicator].TryGetValue(fact.GetType(), out var reading) && reading.Any(p => p.KeepsAll || p.Where is not { } where || where(fact, scope));
        return new PartialAssessment(ids, Inserts, [.. previous.Violations.Concat(previous.Bonuses).Where(f => !ids.Contains(f.IndicatorId))]);
    }

    private PartPlan[] Plan(Indicator indicator, Dictionary<DateTrigger, int> numbers)
    {
        var parts = DateTriggers.Parts(indicator);
        var firstAggregate = parts.Select(p => p.Part).OfType<Aggregate>().FirstOrDefault();
        var pointsFromAggregate = !parts.Any(p => p.Part is EachFact) && indicator.Points is PerOccurrencePoints or PerUnitPoints;
        return
        [
            .. parts.Select(p =>
            {
                var selection = p.Part switch { EachFact each => each.Selection, Aggregate counted => counted.Selection, _ => null! };
                var where = selection.Where is null ? null : _evaluator.CompileFilter(selection.Where, selection.Type.ClrType);
                var aggregate = p.Part as Aggregate;
                var matching = aggregate?.Matching is null ? null : _evaluator.CompileFilter(aggregate.Matching, selection.Type.ClrType);
                var measure = aggregate is null ? null : new AggregatePart(aggregate, matching);
                var fixedNumerator = aggregate is { Kind: AggregateKind.Ratio } && !DateTriggers.DependsOnDate(aggregate.Matching!) ? matching : null;
                int[] triggers = [.. p.Triggers.Select(t => numbers.TryGetValue(t, out var n) ? n : numbers[t] = numbers.Count)];
                return new PartPlan(
                    indicator,
                    selection.Type.ClrType,
                    where,
                    measure,
                    pointsFromAggregate && ReferenceEquals(aggregate, firstAggregate),
                    aggregate is not null && IndicatorRuleBuilder.NeedsExtremes(indicator, aggregate),
                    fixedNumerator,
                    triggers);
            }),
        ];
    }

    private Dictionary<LocalDate, ulong[]>? DatesOf(FactBatch batch, Subject subject)
    {
        var words = (Indicators.Length + 63) / 64;
        var facts = batch.ObservationsOf(subject.Id);
        var byType = new Dictionary<Type, List<Observation>>();
        Dictionary<LocalDate, ulong[]>? dates = null;
        for (var i = 0; i < Indicators.Length; i++)
        {
            if (_movingParts[i].Length == 0 || !_evaluator.Applies(Indicators[i], subject))
            {
                continue;
            }

            foreach (var part in _movingParts[i])
            {
                if (!byType.TryGetValue(part.FactType, out var ofType))
                {
                    byType[part.FactType] = ofType = [.. facts.Where(f => f.GetType() == part.FactType)];
                }

                foreach (var date in Changes(part, ofType))
                {
                    dates ??= [];
                    if (!dates.TryGetValue(date, out var mask))
                    {
                        dates[date] = mask = new ulong[words];
                    }

                    mask[i / 64] |= 1UL << (i % 64);
                }
            }
        }

        return dates;
    }

    // The dates on which what a part's rule sees changes: for 'each' the facts selected, for an aggregate whether it holds
    // and the points counted from it. Only the dates where a trigger of one of its facts changes are looked at, and on
    // each only the facts whose own trigger changes that day are tested again: the others' selection stays as it was.
    private List<LocalDate> Changes(PartPlan part, List<Observation> facts)
    {
        var flips = new List<(LocalDate Date, int Fact)>();
        for (var f = 0; f < facts.Count; f++)
        {
            foreach (var t in part.Triggers)
            {
                // A guard does not depend on the date: any day's scope will do.
                if (_dates[t](facts[f]) is { } date && (_guards[t] is not { } guard || guard(facts[f], _scopes[0])))
                {
                    foreach (var change in TriggerChanges(t, date))
                    {
                        flips.Add((change, f));
                    }
                }
            }
        }

        var changes = new List<LocalDate>();
        if (flips.Count == 0 || NeverCounts(part, facts))
        {
            return changes;
        }

        flips.Sort((a, b) => a.Date.CompareTo(b.Date));
        try
        {
            var selected = new bool[facts.Count];
            for (var f = 0; f < facts.Count; f++)
            {
                selected[f] = Selects(part, facts[f], 0);
            }

            var previous = Measure(part, facts, selected, 0);
            for (var k = 0; k < flips.Count;)
            {
                var date = flips[k].Date;
                var day = Period.DaysBetween(_horizon.AsOf, date);
                var moved = false;
                for (; k < flips.Count && flips[k].Date == date; k++)
                {
                    var now = Selects(part, facts[flips[k].Fact], day);
                    moved |= now != selected[flips[k].Fact];
                    selected[flips[k].Fact] = now;
                }

                // An aggregate can change without its selection changing (an age, a ratio's numerator with a window).
                var changed = moved;
                if (part.Aggregate is not null)
                {
                    var measured = Measure(part, facts, selected, day);
                    changed = measured != previous;
                    previous = measured;
                }

                if (changed)
                {
                    changes.Add(date);
                }
            }
        }
        catch (Exception ex) when (ex is CalendarRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            // What the evaluation makes of such facts (a subject not assessed) is for the evaluation to say, on every date
            // where something may change.
            return [.. flips.Select(f => f.Date).Distinct()];
        }

        return changes;
    }

    // A ratio whose numerator's filter does not move with the date and takes none of the facts is 0, or no ratio at all
    // when nothing is selected: if its comparison does not hold at 0, the part never holds and counts no points on any day.
    private bool NeverCounts(PartPlan part, List<Observation> facts) =>
        part.FixedNumerator is { } numerator && !part.Aggregate!.Aggregate.Comparison!.Holds(0m) && !facts.Any(f => numerator(f, _scopes[0]));

    private bool Selects(PartPlan part, Observation fact, int day) => part.Where is not { } where || where(fact, _scopes[day]);

    private IEnumerable<LocalDate> TriggerChanges(int trigger, LocalDate date)
    {
        try
        {
            return _horizon.ChangesOf(trigger, date);
        }
        catch (CalendarRangeException)
        {
            return Enumerable.Range(1, _scopes.Length - 1).Select(d => _horizon.AsOf.PlusDays(d));
        }
    }

    // What an aggregate part's rule sees on a day: whether it holds, and the points counted from it (when the indicator
    // counts its points from this part), measured by the code the rule itself calls.
    private (bool Holds, decimal Points) Measure(PartPlan part, List<Observation> facts, bool[] selected, int day)
    {
        if (part.Aggregate is not { } aggregate)
        {
            return default;
        }

        var scope = _scopes[day];
        var measurement = aggregate.Measure(facts.Where((_, f) => selected[f]), scope);
        return (measurement.Holds, part.PointsCount ? IndicatorPlan.PointsOf(part.Indicator, measurement, null) : 0m);
    }

    private static bool IsSet(ulong[] mask, int i) => (mask[i / 64] & (1UL << (i % 64))) != 0;

    /// <summary>One part of an indicator's condition that reads facts, with its compiled filter and its triggers.</summary>
    /// <param name="Indicator">The indicator.</param>
    /// <param name="FactType">The type of the facts it selects.</param>
    /// <param name="Where">The compiled selection filter, or <see langword="null"/> for every fact of the type.</param>
    /// <param name="Aggregate">The aggregate's measure, or <see langword="null"/> for an <c>each</c> part.</param>
    /// <param name="PointsCount">Whether the indicator's points are counted from this aggregate.</param>
    /// <param name="KeepsAll">Whether its rule also collects every fact of the type (for <c>latest.</c> and <c>earliest.</c> placeholders).</param>
    /// <param name="FixedNumerator">For a ratio whose numerator's filter does not depend on the date, that filter; otherwise <see langword="null"/>.</param>
    /// <param name="Triggers">The numbers of its triggers; empty for a part that does not move with the date.</param>
    private sealed record PartPlan(
        Indicator Indicator,
        Type FactType,
        Func<object, EvaluationScope, bool>? Where,
        AggregatePart? Aggregate,
        bool PointsCount,
        bool KeepsAll,
        Func<object, EvaluationScope, bool>? FixedNumerator,
        int[] Triggers);
}
