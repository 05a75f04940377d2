using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
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
/// NRules, on that date. An indicator with sub-rules (<c>any:</c>) is planned from the parts of all its sub-rules, each
/// counting points as its sub-rule does, and evaluated again with all of them.
/// </para>
/// <para>Immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class ForecastPlan
{
    private readonly BatchEvaluator _evaluator;
    private readonly ForecastModel _model;
    private readonly ForecastHorizon _horizon;
    private readonly PartPlan[][] _movingParts;
    private readonly EvaluationScope[] _scopes;
    private readonly ConcurrentDictionary<ulong[], FrozenSet<string>> _partials = new(MaskComparer.Instance);

    /// <summary>Initializes a new instance of the <see cref="ForecastPlan"/> class.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    /// <param name="model">What the plan takes from the rule set (the parts of its rules and their triggers).</param>
    /// <param name="indicators">The indicators the batch assesses (enabled, their facts observed).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="until">The last date.</param>
    public ForecastPlan(BatchEvaluator evaluator, ForecastModel model, ImmutableArray<Indicator> indicators, LocalDate asOf, LocalDate until)
    {
        _evaluator = evaluator;
        _model = model;
        Indicators = indicators;
        _movingParts = [.. indicators.Select(i => model.PartsOf(i).Where(p => p.Triggers.Length > 0).ToArray())];
        _horizon = new ForecastHorizon(asOf, until, evaluator.Windows, evaluator.Calendar, model.Triggers);
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
        var found = new List<(LocalDate Date, ulong[] Mask)>?[batch.Subjects.Length];
        Parallel.For(
            0,
            batch.Subjects.Length,
            options.Parallelism(),
            () => new Scratch(),
            (s, _, scratch) =>
            {
                if (current.Assessments[s].Verdict is Verdict.Pass or Verdict.Fail)
                {
                    found[s] = DatesOf(batch, batch.Subjects[s], scratch);
                }

                return scratch;
            },
            _ => { });

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
    /// Builds what to evaluate again of a subject on a date: the masked indicators, and the other findings carried over.
    /// </summary>
    /// <param name="mask">The indicators to evaluate again.</param>
    /// <param name="previous">The subject's latest assessment.</param>
    /// <returns>The part.</returns>
    public PartialAssessment Part(ulong[] mask, Assessment previous)
    {
        // Looked up before GetOrAdd: its factory would capture the mask in a closure on every call, cached or not.
        var ids = _partials.TryGetValue(mask, out var known) ? known : _partials.GetOrAdd(mask, IdsOf);
        ImmutableArray<Finding> carried = previous.Violations.IsEmpty && previous.Bonuses.IsEmpty && previous.Notices.IsEmpty
            ? []
            : [.. ForecastState.FindingsOf(previous).Where(f => !ids.Contains(f.IndicatorId))];
        return new PartialAssessment(ids, carried);
    }

    // The ids of the indicators of a mask.
    private FrozenSet<string> IdsOf(ulong[] mask) =>
        Enumerable.Range(0, Indicators.Length).Where(i => IsSet(mask, i)).Select(i => Indicators[i].Id).ToFrozenSet(StringComparer.Ordinal);

    // The dates on which the subject is evaluated again, each with the indicators to evaluate (a subject has a few: a list
    // of them is smaller than a dictionary, and a national batch keeps one for most of its 134,000 subjects).
    private List<(LocalDate Date, ulong[] Mask)>? DatesOf(FactBatch batch, Subject subject, Scratch scratch)
    {
        var words = (Indicators.Length + 63) / 64;
        SubjectObservations? observations = null;
        List<(LocalDate Date, ulong[] Mask)>? dates = null;
        for (var i = 0; i < Indicators.Length; i++)
        {
            if (_movingParts[i].Length == 0 || !_evaluator.Applies(Indicators[i], subject))
            {
                continue;
            }

            observations ??= batch.ObservationsBySubject(subject.Id);
            foreach (var part in _movingParts[i])
            {
                foreach (var date in Changes(part, observations.OfType(part.FactType), scratch))
                {
                    dates ??= [];
                    var known = 0;
                    while (known < dates.Count && dates[known].Date != date)
                    {
                        known++;
                    }

                    if (known == dates.Count)
                    {
                        dates.Add((date, new ulong[words]));
                    }

                    dates[known].Mask[i / 64] |= 1UL << (i % 64);
                }
            }
        }

        return dates;
    }

    // The dates on which what a part's rule sees changes: for 'each' the facts selected, for an aggregate whether it holds
    // and the points counted from it. Only the dates where a trigger of one of its facts changes are looked at, and on
    // each only the facts whose own trigger changes that day are tested again: the others' selection stays as it was.
    private List<LocalDate> Changes(PartPlan part, ArraySegment<Observation> facts, Scratch scratch)
    {
        var flips = scratch.Flips;
        var changes = scratch.Changes;
        flips.Clear();
        changes.Clear();
        for (var f = 0; f < facts.Count; f++)
        {
            foreach (var t in part.Triggers)
            {
                // A guard does not depend on the date: any day's scope will do.
                if (_model.Dates[t](facts[f]) is { } date && (_model.Guards[t] is not { } guard || guard(facts[f], _scopes[0])))
                {
                    foreach (var change in TriggerChanges(t, date))
                    {
                        flips.Add((change, f));
                    }
                }
            }
        }

        if (flips.Count == 0 || NeverCounts(part, facts))
        {
            return changes;
        }

        flips.Sort(ByDate);
        try
        {
            var (selected, matches) = scratch.Flags(facts.Count);
            var count = 0;
            var matched = 0;
            for (var f = 0; f < facts.Count; f++)
            {
                selected[f] = Selects(part, facts[f], 0);
                matches[f] = part.FixedNumerator is { } numerator && numerator(facts[f], _scopes[0]);
                count += selected[f] ? 1 : 0;
                matched += selected[f] && matches[f] ? 1 : 0;
            }

            var previous = Measure(part, facts, selected, (count, matched), day: 0, scratch);
            for (var k = 0; k < flips.Count;)
            {
                var date = flips[k].Date;
                var day = Period.DaysBetween(_horizon.AsOf, date);
                var moved = false;
                for (; k < flips.Count && flips[k].Date == date; k++)
                {
                    var now = Selects(part, facts[flips[k].Fact], day);
                    var fact = flips[k].Fact;
                    if (now != selected[fact])
                    {
                        moved = true;
                        count += now ? 1 : -1;
                        matched += !matches[fact] ? 0 : now ? 1 : -1;
                        selected[fact] = now;
                    }
                }

                // An aggregate can change without its selection changing (an age, a ratio's numerator with a window).
                var changed = moved;
                if (part.Aggregate is not null)
                {
                    var measured = Measure(part, facts, selected, (count, matched), day, scratch);
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
            changes.Clear();
            changes.AddRange(flips.Select(f => f.Date).Distinct());
        }

        return changes;
    }

    // A ratio whose numerator's filter does not move with the date and takes none of the facts is 0, or no ratio at all
    // when nothing is selected: if its comparison does not hold at 0, the part never holds and counts no points on any day.
    private bool NeverCounts(PartPlan part, ArraySegment<Observation> facts) =>
        part.FixedNumerator is { } numerator && !part.Aggregate!.Aggregate.Comparison!.Holds(0m) && !facts.Any(f => numerator(f, _scopes[0]));

    private bool Selects(PartPlan part, Observation fact, int day) => part.Where is not { } where || where(fact, _scopes[day]);

    private LocalDate[] TriggerChanges(int trigger, LocalDate date)
    {
        try
        {
            return _horizon.ChangesOf(trigger, date);
        }
        catch (CalendarRangeException)
        {
            return [.. Enumerable.Range(1, _scopes.Length - 1).Select(d => _horizon.AsOf.PlusDays(d))];
        }
    }

    // What an aggregate part's rule sees on a day: whether it holds, and the points counted from it (when the indicator
    // counts its points from this part), measured by the code the rule itself calls. A counting aggregate, and a ratio
    // whose numerator does not move with the date, are measured from the numbers of facts selected and matching, which
    // the caller keeps up to date as facts enter and leave the selection; the others from the facts selected.
    private (bool Holds, decimal Points) Measure(PartPlan part, ArraySegment<Observation> facts, bool[] selected, (int Count, int Matched) counted, int day, Scratch scratch)
    {
        if (part.Aggregate is not { } aggregate)
        {
            return default;
        }

        Measurement measurement;
        if (part.Counts)
        {
            measurement = aggregate.MeasureCount(counted.Count);
        }
        else if (part.FixedNumerator is not null)
        {
            measurement = aggregate.MeasureRatio(counted.Matched, counted.Count);
        }
        else
        {
            var chosen = scratch.Chosen;
            chosen.Clear();
            for (var f = 0; f < facts.Count; f++)
            {
                if (selected[f])
                {
                    chosen.Add(facts[f]);
                }
            }

            measurement = aggregate.MeasureSelected(chosen, _scopes[day]);
        }

        return (measurement.Holds, part.PointsCount ? IndicatorPlan.PointsOf(part.Indicator, measurement, null) : 0m);
    }

    private static bool IsSet(ulong[] mask, int i) => (mask[i / 64] & (1UL << (i % 64))) != 0;

    private static int ByDate((LocalDate Date, int Fact) a, (LocalDate Date, int Fact) b) => a.Date.CompareTo(b.Date);

    /// <summary>Compares the masks of indicators by their bits.</summary>
    private sealed class MaskComparer : IEqualityComparer<ulong[]>
    {
        /// <summary>Gets the comparer.</summary>
        public static MaskComparer Instance { get; } = new();

        /// <inheritdoc/>
        public bool Equals(ulong[]? x, ulong[]? y) => x.AsSpan().SequenceEqual(y);

        /// <inheritdoc/>
        public int GetHashCode(ulong[] obj)
        {
            var hash = default(HashCode);
            foreach (var word in obj)
            {
                hash.Add(word);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// What planning one subject needs and the next reuses, one per thread: a national batch plans 134,000 subjects, and
    /// fresh lists for each of their parts were most of the planning's allocation.
    /// </summary>
    private sealed class Scratch
    {
        private bool[] _selected = new bool[64];
        private bool[] _matches = new bool[64];

        /// <summary>Gets the dates on which a part's facts' triggers change, with the fact.</summary>
        public List<(LocalDate Date, int Fact)> Flips { get; } = [];

        /// <summary>Gets the dates on which what a part's rule sees changes.</summary>
        public List<LocalDate> Changes { get; } = [];

        /// <summary>Gets a list for the facts a part selects on a day.</summary>
        public List<Observation> Chosen { get; } = [];

        /// <summary>Gets two arrays of at least some flags, one per fact of a part: whether it is selected, and whether it matches.</summary>
        /// <param name="count">How many are needed.</param>
        /// <returns>The arrays.</returns>
        public (bool[] Selected, bool[] Matches) Flags(int count)
        {
            if (_selected.Length < count)
            {
                _selected = new bool[Math.Max(count, _selected.Length * 2)];
                _matches = new bool[_selected.Length];
            }

            return (_selected, _matches);
        }
    }
}
