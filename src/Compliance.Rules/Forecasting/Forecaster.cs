using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Calendar;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Scoring;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Runs a forecast: evaluates the batch at the as-of date, finds for every assessed subject the dates on which one of its
/// facts' time tests changes (<see cref="DateTrigger"/>), evaluates each subject again at those dates only, and records
/// the dates where its result changes.
/// </summary>
/// <remarks>
/// Exact by construction: with the facts fixed, a subject's evaluation depends on the as-of date only through its
/// triggers, so between two of its dates its result is the one at the earlier date, and at each date it is a plain
/// evaluation. Immutable and thread-safe.
/// </remarks>
internal sealed class Forecaster
{
    private readonly BatchEvaluator _evaluator;
    private readonly RuleRevision _revision;

    /// <summary>Initializes a new instance of the <see cref="Forecaster"/> class.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    public Forecaster(BatchEvaluator evaluator)
    {
        _evaluator = evaluator;
        _revision = evaluator.Revision;
    }

    /// <summary>Runs a forecast.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="until">The last date.</param>
    /// <param name="options">The options.</param>
    /// <returns>The forecast.</returns>
    public ForecastResult Run(FactBatch batch, LocalDate asOf, LocalDate until, EvaluationOptions options)
    {
        _evaluator.CheckAsOf(asOf);
        _evaluator.CheckAsOf(until);
        var current = _evaluator.Evaluate(batch, asOf, options, keepTemplateValues: true);
        var coverage = CoveragePlan.For(_revision, batch, options.AssumeComplete);
        var indicators = _revision.Indicators.Where(i => i.Enabled && !coverage.Skipped.ContainsKey(i.Id)).ToList();
        var triggers = new List<DateTrigger>();
        var triggersOf = new List<int[]>();
        foreach (var indicator in indicators)
        {
            var own = DateTriggers.Of(indicator);
            triggersOf.Add([.. Enumerable.Range(triggers.Count, own.Length)]);
            triggers.AddRange(own);
        }

        var horizon = new ForecastHorizon(asOf, until, _evaluator.Windows, _evaluator.Calendar, triggers);
        var candidates = Candidates(batch, current, indicators, triggersOf, horizon, options);
        var perFact = indicators
            .Where(i => PlaceholderCatalog.Parts(i.Condition).Any(p => p is EachFact))
            .Select(i => i.Id)
            .ToFrozenSet(StringComparer.Ordinal);
        var states = current.Assessments.Select(a => ForecastState.Of(a, perFact)).ToArray();
        var changes = new List<ForecastChange>?[states.Length];
        var evaluations = 0;
        foreach (var (date, indices) in candidates)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var assessed = _evaluator.Reassess(batch, indices, date, coverage, options);
            evaluations += indices.Count;
            foreach (var i in indices)
            {
                var state = ForecastState.Of(assessed[i]!, perFact);
                if (!state.Equals(states[i]))
                {
                    (changes[i] ??= []).Add(Change(date, states[i], state, perFact));
                    states[i] = state;
                }
            }
        }

        ImmutableArray<SubjectForecast> subjects = [.. current.Assessments.Select((a, i) => new SubjectForecast(a, [.. changes[i] ?? []]))];
        var warnings = ForecastWarnings.Of(_revision, _evaluator.Calendar, asOf, subjects);
        var pending = PendingMessages.Of(_evaluator, current, coverage.Skipped.Keys.ToFrozenSet(StringComparer.Ordinal), batch);
        return new ForecastResult(current, until, subjects, warnings, pending, evaluations);
    }

    private static ForecastChange Change(LocalDate date, ForecastState before, ForecastState after, FrozenSet<string> perFact)
    {
        var old = Findings(before.Assessment);
        var now = Findings(after.Assessment);
        string Key(Finding finding) => ForecastState.KeyOf(finding, perFact);
        return new ForecastChange(date, before.Assessment, after.Assessment, [.. FindingDelta.Minus(now, old, Key)], [.. FindingDelta.Minus(old, now, Key)]);
    }

    private static List<Finding> Findings(Assessment assessment) => [.. assessment.Violations, .. assessment.Bonuses];

    /// <summary>
    /// Finds, for every subject assessed at the as-of date, the dates after it on which one of its facts' triggers changes,
    /// among the triggers of the indicators that apply to it; returns the subjects to evaluate again, by date.
    /// </summary>
    private SortedDictionary<LocalDate, List<int>> Candidates(
        FactBatch batch,
        BatchResult current,
        List<Indicator> indicators,
        List<int[]> triggersOf,
        ForecastHorizon horizon,
        EvaluationOptions options)
    {
        var everyDay = Enumerable.Range(1, Period.DaysBetween(horizon.AsOf, horizon.Until)).Select(d => horizon.AsOf.PlusDays(d)).ToArray();
        var byType = new ConcurrentDictionary<string, FrozenDictionary<Type, int[]>>(StringComparer.Ordinal);
        var dates = new LocalDate[]?[batch.Subjects.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = options.CancellationToken };
        Parallel.For(0, batch.Subjects.Length, parallel, s =>
        {
            if (current.Assessments[s].Verdict is not (Verdict.Pass or Verdict.Fail))
            {
                return;
            }

            var subject = batch.Subjects[s];
            var applicable = Enumerable.Range(0, indicators.Count).Where(i => _evaluator.Applies(indicators[i], subject)).ToList();
            var triggers = byType.GetOrAdd(string.Join(",", applicable), _ => applicable
                .SelectMany(i => triggersOf[i])
                .Distinct()
                .GroupBy(t => horizon.Triggers[t].Type.ClrType)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray()));
            if (triggers.Count == 0)
            {
                return;
            }

            var found = new SortedSet<LocalDate>();
            try
            {
                foreach (var fact in batch.ObservationsOf(subject.Id))
                {
                    if (!triggers.TryGetValue(fact.GetType(), out var ofType))
                    {
                        continue;
                    }

                    foreach (var t in ofType)
                    {
                        if (horizon.Triggers[t].DateOf(fact) is { } date)
                        {
                            found.UnionWith(horizon.ChangesOf(t, date));
                        }
                    }
                }
            }
            catch (CalendarRangeException)
            {
                // A fact whose working days cannot be counted: evaluate every day, as the evaluation itself decides.
                found.UnionWith(everyDay);
            }

            dates[s] = found.Count == 0 ? null : [.. found];
        });

        var byDate = new SortedDictionary<LocalDate, List<int>>();
        for (var s = 0; s < dates.Length; s++)
        {
            foreach (var date in dates[s] ?? [])
            {
                if (!byDate.TryGetValue(date, out var list))
                {
                    byDate[date] = list = [];
                }

                list.Add(s);
            }
        }

        return byDate;
    }
}
