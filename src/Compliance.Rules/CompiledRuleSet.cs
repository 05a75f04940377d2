using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Facts;
using Compliance.Rules.Scoring;
using NodaTime;
using NRules;

namespace Compliance.Rules;

/// <summary>
/// A revision compiled into NRules rules, with its calendar: evaluates batches of facts at an as-of date.
/// </summary>
/// <remarks>
/// Compile once, evaluate many times, from many threads: this type is immutable and thread-safe. A batch is evaluated
/// in one NRules session per subject (NRules does not index joins, so one session for a whole batch grows
/// quadratically), the subjects spread over <see cref="EvaluationOptions.MaxDegreeOfParallelism"/> threads; the
/// results come back in the batch's order, one per subject.
/// </remarks>
public sealed class CompiledRuleSet
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private readonly ISessionFactory _sessions;
    private readonly IReadOnlyList<Window> _windows;
    private readonly Scorer _scorer;

    internal CompiledRuleSet(RuleRevision revision, WorkingDayCalendar calendar, ISessionFactory sessions, IReadOnlyList<Window> windows, Scorer scorer, int ruleCount)
    {
        Revision = revision;
        Calendar = calendar;
        _sessions = sessions;
        _windows = windows;
        _scorer = scorer;
        RuleCount = ruleCount;
    }

    /// <summary>Gets the revision.</summary>
    public RuleRevision Revision { get; }

    /// <summary>Gets the calendar deadlines are counted in.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the number of NRules rules compiled (one per enabled indicator).</summary>
    public int RuleCount { get; }

    /// <summary>Evaluates a batch at an as-of date.</summary>
    /// <param name="batch">The subjects and their observations.</param>
    /// <param name="asOf">The as-of date (the monitoring time point); windows end on it.</param>
    /// <param name="options">Parallelism, progress and cancellation; <see langword="null"/> for the defaults.</param>
    /// <returns>One assessment per subject, in the batch's order, and the summary.</returns>
    /// <exception cref="CalendarRangeException">A working-day window of the revision reaches outside the calendar.</exception>
    /// <exception cref="EvaluationException">A subject could not be evaluated (named in the exception).</exception>
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        options ??= EvaluationOptions.Default;
        var windows = WindowTable.For(_windows, asOf, Calendar);
        var assessments = new Assessment[batch.Subjects.Length];
        var done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism),
            CancellationToken = options.CancellationToken,
        };
        Parallel.For(0, assessments.Length, parallel, i =>
        {
            var subject = batch.Subjects[i];
            assessments[i] = Assess(subject, batch.ObservationsOf(subject.Id), windows);
            if (options.Progress is { } progress)
            {
                progress.Report(Interlocked.Increment(ref done));
            }
        });

        return new BatchResult(Revision.Id, asOf, [.. assessments], Summarize(assessments));
    }

    /// <summary>Evaluates a batch at the current date in Asia/Shanghai according to a clock.</summary>
    /// <param name="batch">The subjects and their observations.</param>
    /// <param name="clock">The clock (the library never reads the machine's clock itself).</param>
    /// <param name="options">Parallelism, progress and cancellation.</param>
    /// <returns>One assessment per subject.</returns>
    public BatchResult Evaluate(FactBatch batch, IClock clock, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Evaluate(batch, clock.GetCurrentInstant().InZone(China).Date, options);
    }

    private Assessment Assess(Subject subject, ImmutableArray<Observation> observations, WindowTable windows)
    {
        var scope = new EvaluationScope(windows, Calendar);
        try
        {
            var session = _sessions.CreateSession();
            session.Insert(scope);
            session.Insert(subject);
            session.InsertAll(observations);
            session.Fire();
            return _scorer.Assess(subject, scope.Findings, scope);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var cause = ex.InnerException ?? ex;
            throw new EvaluationException(subject.Id, $"subject '{subject.Id}' ({subject.Name}) could not be evaluated: {cause.Message}", ex);
        }
    }

    private static BatchSummary Summarize(IReadOnlyCollection<Assessment> assessments)
    {
        var byKind = assessments
            .GroupBy(a => a.Subject.Kind)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var passed = g.Count(a => a.Verdict == Verdict.Pass);
                var total = g.Count();
                return new KindSummary(g.Key, total, passed, total - passed, KindSummary.Rate(passed, total));
            })
            .ToImmutableArray();
        var allPassed = assessments.Count(a => a.Verdict == Verdict.Pass);
        return new BatchSummary(byKind, assessments.Count, allPassed, assessments.Count - allPassed);
    }
}
