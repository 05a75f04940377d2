using System.Collections.Frozen;
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
/// in one NRules session per subject, or per small group of consecutive subjects of one kind that have few observations
/// (NRules does not index joins, so one session for a whole batch grows quadratically, while a session per account with
/// five posts is mostly the session's own fixed cost); the sessions spread over
/// <see cref="EvaluationOptions.MaxDegreeOfParallelism"/> threads, and the results come back in the batch's order, one
/// per subject. Each subject kind has its own compiled network, holding only the rules that apply to that kind.
/// </remarks>
public sealed class CompiledRuleSet
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private readonly FrozenDictionary<SubjectKind, ISessionFactory> _sessions;
    private readonly IReadOnlyList<Window> _windows;
    private readonly Scorer _scorer;

    internal CompiledRuleSet(RuleRevision revision, WorkingDayCalendar calendar, FrozenDictionary<SubjectKind, ISessionFactory> sessions, IReadOnlyList<Window> windows, Scorer scorer, int ruleCount)
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
        var groups = SessionGroups.Partition(batch);
        var done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism),
            CancellationToken = options.CancellationToken,
        };
        Parallel.For(0, groups.Count, parallel, g =>
        {
            var (start, count) = groups[g];
            Assess(batch, start, count, windows, assessments);
            if (options.Progress is { } progress)
            {
                for (var k = 0; k < count; k++)
                {
                    progress.Report(Interlocked.Increment(ref done));
                }
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

    /// <summary>
    /// Assesses consecutive subjects of one kind in one session: a single subject, or a small group sharing the session
    /// (see <see cref="SessionGroups"/>).
    /// </summary>
    private void Assess(FactBatch batch, int start, int count, WindowTable windows, Assessment[] assessments)
    {
        var subjects = new Subject[count];
        var observations = new List<Observation>();
        for (var k = 0; k < count; k++)
        {
            subjects[k] = batch.Subjects[start + k];
            observations.AddRange(batch.ObservationsOf(subjects[k].Id));
        }

        var scope = new EvaluationScope(windows, Calendar);
        try
        {
            if (_sessions.TryGetValue(subjects[0].Kind, out var factory))
            {
                var session = factory.CreateSession();
                session.Insert(scope);
                session.InsertAll(subjects);
                session.InsertAll(observations);
                session.Fire();
            }

            for (var k = 0; k < count; k++)
            {
                assessments[start + k] = _scorer.Assess(subjects[k], scope.FindingsOf(subjects[k]), scope);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (count == 1)
            {
                var cause = ex.InnerException ?? ex;
                throw new EvaluationException(subjects[0].Id, $"subject '{subjects[0].Id}' ({subjects[0].Name}) could not be evaluated: {cause.Message}", ex);
            }

            // A shared session cannot say whose facts broke it: evaluating the subjects one by one names the subject.
            for (var k = 0; k < count; k++)
            {
                Assess(batch, start + k, 1, windows, assessments);
            }
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
