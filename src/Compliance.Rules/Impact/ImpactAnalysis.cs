using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Impact;

/// <summary>
/// The impact of a rule change before it is published: evaluates one batch under a baseline and a candidate revision
/// (or one revision at two as-of dates) and says, for every subject, what changes and why.
/// </summary>
/// <remarks>
/// The two evaluations share the batch (its facts are read and indexed once) and run at the same time, each on the
/// options' degree of parallelism, so the cost is about that of two evaluations. Each side's result is exactly what
/// <see cref="CompiledRuleSet.Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/> gives. A subject that one side does
/// not assess (无法评估, 不纳入检查, a kind it has no indicators for) is reported as such
/// (<see cref="ImpactChange.NotAssessedInBaseline"/>, <see cref="ImpactChange.NotAssessedInCandidate"/>), never as a new
/// pass or failure. This type is thread-safe.
/// </remarks>
public static class ImpactAnalysis
{
    /// <summary>Compares two revisions over one batch at one as-of date.</summary>
    /// <param name="baseline">The revision in force (or the earlier one).</param>
    /// <param name="candidate">The revision proposed: any revision, an overlay of the baseline or not.</param>
    /// <param name="batch">The facts, evaluated once under each.</param>
    /// <param name="asOf">The as-of date (monitoring time point).</param>
    /// <param name="options">Coverage, parallelism and cancellation for both evaluations; a progress receiver hears both.</param>
    /// <returns>Both results and the impact.</returns>
    /// <exception cref="Calendar.CalendarRangeException">The as-of date lies outside a revision's calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is before 1990 or after 2100.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public static ImpactResult Compare(CompiledRuleSet baseline, CompiledRuleSet candidate, FactBatch batch, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(batch);
        var (before, after) = Both(() => baseline.Evaluate(batch, asOf, options), () => candidate.Evaluate(batch, asOf, options));
        return Of(before, after, [.. candidate.Revision.Indicators.Select(i => i.Id), .. baseline.Revision.Indicators.Select(i => i.Id)]);
    }

    /// <summary>Compares one revision over one batch at two as-of dates (say, the last day of a quarter and the next).</summary>
    /// <param name="rules">The revision.</param>
    /// <param name="batch">The facts.</param>
    /// <param name="before">The earlier as-of date (the baseline).</param>
    /// <param name="after">The later as-of date (the candidate).</param>
    /// <param name="options">Coverage, parallelism and cancellation for both evaluations.</param>
    /// <returns>Both results and the impact.</returns>
    /// <exception cref="Calendar.CalendarRangeException">An as-of date lies outside the revision's calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An as-of date is before 1990 or after 2100.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public static ImpactResult Compare(CompiledRuleSet rules, FactBatch batch, LocalDate before, LocalDate after, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(batch);
        var (first, second) = Both(() => rules.Evaluate(batch, before, options), () => rules.Evaluate(batch, after, options));
        return Of(first, second, [.. rules.Revision.Indicators.Select(i => i.Id)]);
    }

    // Both evaluations at once: the baseline on a pool thread, the candidate on this one. Awaiting the task rethrows the
    // baseline's own exception (a calendar range, a cancellation), not an AggregateException.
    private static (BatchResult Before, BatchResult After) Both(Func<BatchResult> before, Func<BatchResult> after)
    {
        var first = Task.Run(before);
        BatchResult second;
        try
        {
            second = after();
        }
        catch
        {
            first.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }

        return (first.GetAwaiter().GetResult(), second);
    }

    /// <summary>Compares two results of one batch (subject by subject, in the batch's order).</summary>
    /// <param name="before">The baseline's result.</param>
    /// <param name="after">The candidate's result.</param>
    /// <param name="indicatorOrder">The indicator ids in the order <see cref="ImpactResult.ByIndicator"/> lists them.</param>
    /// <returns>The impact.</returns>
    internal static ImpactResult Of(BatchResult before, BatchResult after, ImmutableArray<string> indicatorOrder)
    {
        var subjects = ImmutableArray.CreateBuilder<SubjectImpact>(after.Assessments.Length);
        for (var i = 0; i < after.Assessments.Length; i++)
        {
            subjects.Add(Of(before.Assessments[i], after.Assessments[i]));
        }

        var all = subjects.MoveToImmutable();
        return new ImpactResult(before, after, all, ByKind(before, after, all), ByIndicator(all, indicatorOrder));
    }

    private static SubjectImpact Of(Assessment before, Assessment after)
    {
        var judgedBefore = before.Verdict is Verdict.Pass or Verdict.Fail;
        var judgedAfter = after.Verdict is Verdict.Pass or Verdict.Fail;
        if (!judgedBefore || !judgedAfter)
        {
            var change = judgedBefore ? ImpactChange.NotAssessedInCandidate : judgedAfter ? ImpactChange.NotAssessedInBaseline : ImpactChange.NotAssessedInEither;
            return new SubjectImpact(before, after, change, [], []);
        }

        var (added, removed) = FindingDelta.Between(before, after);
        var kind = (before.Verdict, after.Verdict) switch
        {
            (Verdict.Pass, Verdict.Fail) => ImpactChange.NewlyFailing,
            (Verdict.Fail, Verdict.Pass) => ImpactChange.NewlyPassing,
            _ when before.Total != after.Total => ImpactChange.ScoreChanged,
            _ when !added.IsEmpty || !removed.IsEmpty => ImpactChange.FindingsChanged,
            _ => ImpactChange.Unchanged,
        };
        return new SubjectImpact(before, after, kind, added, removed);
    }

    private static ImmutableArray<KindImpact> ByKind(BatchResult before, BatchResult after, ImmutableArray<SubjectImpact> subjects) =>
    [
        .. Enum.GetValues<SubjectKind>()
            .Where(kind => subjects.Any(s => s.Subject.Kind == kind))
            .Select(kind =>
            {
                var ofKind = subjects.Where(s => s.Subject.Kind == kind).ToList();
                int Count(ImpactChange change) => ofKind.Count(s => s.Change == change);
                return new KindImpact(
                    kind,
                    Summary(before, kind),
                    Summary(after, kind),
                    ofKind.Count(s => s.Change is not (ImpactChange.NotAssessedInBaseline or ImpactChange.NotAssessedInCandidate or ImpactChange.NotAssessedInEither)),
                    Count(ImpactChange.NewlyFailing),
                    Count(ImpactChange.NewlyPassing),
                    Count(ImpactChange.ScoreChanged),
                    Count(ImpactChange.FindingsChanged),
                    Count(ImpactChange.NotAssessedInBaseline) + Count(ImpactChange.NotAssessedInCandidate));
            }),
    ];

    private static KindSummary Summary(BatchResult result, SubjectKind kind) =>
        result.Summary.ByKind.FirstOrDefault(k => k.Kind == kind) ?? new KindSummary(kind, 0, 0, 0, 0m);

    private static ImmutableArray<IndicatorImpact> ByIndicator(ImmutableArray<SubjectImpact> subjects, ImmutableArray<string> order)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            rank.TryAdd(id, rank.Count);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var gained = new Dictionary<string, List<SubjectImpact>>(StringComparer.Ordinal);
        var lost = new Dictionary<string, List<SubjectImpact>>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            Collect(subject, subject.FindingsAdded, gained, names);
            Collect(subject, subject.FindingsRemoved, lost, names);
        }

        return
        [
            .. names.Keys
                .OrderBy(id => rank.GetValueOrDefault(id, int.MaxValue))
                .ThenBy(id => id, StringComparer.Ordinal)
                .Select(id => new IndicatorImpact(
                    id,
                    names[id],
                    [.. gained.GetValueOrDefault(id) ?? []],
                    [.. lost.GetValueOrDefault(id) ?? []])),
        ];
    }

    private static void Collect(SubjectImpact subject, ImmutableArray<Finding> findings, Dictionary<string, List<SubjectImpact>> into, Dictionary<string, string> names)
    {
        foreach (var id in findings.Select(f => f.IndicatorId).Distinct(StringComparer.Ordinal))
        {
            names.TryAdd(id, findings.First(f => f.IndicatorId == id).IndicatorName);
            if (!into.TryGetValue(id, out var list))
            {
                into[id] = list = [];
            }

            list.Add(subject);
        }
    }
}
