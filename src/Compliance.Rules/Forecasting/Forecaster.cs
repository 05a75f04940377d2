using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Runs a forecast: evaluates the batch at the as-of date, finds for every assessed subject the dates on which one of its
/// indicators can give another result (<see cref="ForecastPlan"/>), evaluates those indicators of the subject again on
/// those dates only, and records the dates where its result changes.
/// </summary>
/// <remarks>
/// Exact by construction: with the facts fixed, an indicator's findings depend on the as-of date only through its facts'
/// triggers (<see cref="DateTrigger"/>), and only when what its rule sees changes; so between two of its dates an
/// indicator's findings are those of the earlier date, and on each date they are what NRules finds. The subject is scored
/// anew from them. Immutable and thread-safe.
/// </remarks>
internal sealed class Forecaster
{
    // One forecaster per compiled rule set, made the first time it forecasts and shared by its later forecasts (its model
    // holds the rule set's compiled filters); it lives as long as the rule set does.
    private static readonly ConditionalWeakTable<BatchEvaluator, Forecaster> Shared = [];

    private readonly BatchEvaluator _evaluator;
    private readonly RuleRevision _revision;
    private readonly ForecastModel _model;

    /// <summary>Gets the forecaster of a compiled rule set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <returns>Its forecaster, shared by its forecasts.</returns>
    public static Forecaster Of(CompiledRuleSet rules) => Shared.GetValue(rules.Evaluator, evaluator => new Forecaster(evaluator));

    /// <summary>Initializes a new instance of the <see cref="Forecaster"/> class.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    public Forecaster(BatchEvaluator evaluator)
    {
        _evaluator = evaluator;
        _revision = evaluator.Revision;
        _model = new ForecastModel(evaluator);
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
        var plan = new ForecastPlan(_evaluator, _model, [.. _revision.Indicators.Where(i => i.Enabled && !coverage.Skipped.ContainsKey(i.Id))], asOf, until);
        var candidates = plan.Candidates(batch, current, options);
        var perFact = plan.Indicators
            .SelectMany(i => i.SubRules.IsEmpty ? [i] : i.SubRules)
            .Where(r => PlaceholderCatalog.Parts(r.Condition).Any(p => p is EachFact))
            .Select(r => (r.Id, r.Rule))
            .ToFrozenSet();
        var parallel = options.Parallelism();

        // Each subject's latest assessment; its findings' keys are worked out when it is compared, not kept (a national
        // forecast changes 112,000 subjects, and every object kept to the end is copied by two garbage collections).
        var latest = current.Assessments.ToArray();

        // Every change, date by date: one list rather than one per subject (most subjects change once, and the lists were a
        // good part of what the forecast kept to its end).
        var changes = new List<(int Subject, ForecastChange Change)>();
        var assessed = new Assessment?[latest.Length];
        var evaluations = 0;
        foreach (var (date, subjects) in candidates)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var indices = subjects.Select(s => s.Subject).ToList();
            var masks = subjects.ToDictionary(s => s.Subject, s => s.Indicators);
            _evaluator.Reassess(batch, indices, date, coverage, options, i => plan.Part(masks[i], latest[i]), assessed);
            evaluations += indices.Count;
            var changed = new ForecastChange?[indices.Count];
            Parallel.For(0, indices.Count, parallel, k =>
            {
                var i = indices[k];
                var state = ForecastState.Of(assessed[i]!, perFact);
                var before = ForecastState.Of(latest[i], perFact);
                assessed[i] = null;
                if (!state.Equals(before))
                {
                    changed[k] = Change(date, before, state);
                    latest[i] = state.Assessment;
                }
            });
            for (var k = 0; k < indices.Count; k++)
            {
                if (changed[k] is { } change)
                {
                    changes.Add((indices[k], change));
                }
            }
        }

        var bySubject = BySubject(changes, latest.Length);
        ImmutableArray<SubjectForecast> forecasts = [.. current.Assessments.Select((a, i) => new SubjectForecast(a, bySubject[i]))];
        var warnings = ForecastWarnings.Of(_revision, _evaluator.Calendar, asOf, until, forecasts, parallel);
        var pending = PendingMessages.Of(_evaluator, current, coverage.Skipped.Keys.ToFrozenSet(StringComparer.Ordinal), batch);
        return new ForecastResult(current, until, forecasts, warnings, pending, evaluations);
    }

    // The changes of each subject, in date order (the list is), without a list per subject.
    private static ImmutableArray<ForecastChange>[] BySubject(List<(int Subject, ForecastChange Change)> changes, int subjects)
    {
        var counts = new int[subjects];
        foreach (var (subject, _) in changes)
        {
            counts[subject]++;
        }

        var arrays = new ForecastChange[subjects][];
        var filled = new int[subjects];
        foreach (var (subject, change) in changes)
        {
            (arrays[subject] ??= new ForecastChange[counts[subject]])[filled[subject]++] = change;
        }

        return [.. arrays.Select(a => a is null ? ImmutableArray<ForecastChange>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(a))];
    }

    private static ForecastChange Change(LocalDate date, ForecastState before, ForecastState after)
    {
        var (started, stopped) = ForecastState.Delta(before, after);
        return new ForecastChange(date, before.Assessment, after.Assessment, started, stopped);
    }
}
