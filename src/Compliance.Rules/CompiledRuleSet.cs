using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

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
/// <para>
/// Every subject comes out with a result. One whose facts cannot be evaluated (a date outside the calendar, invalid
/// inspector findings, a kind the revision does not assess) is <see cref="Verdict.NotAssessed"/> with the reason, and the
/// rest of the batch is assessed; one the revision excludes (<c>not_checked</c>) is <see cref="Verdict.Excluded"/>.
/// Indicators that need facts the batch did not observe are not assessed (see <see cref="DataCoverage"/>).
/// </para>
/// </remarks>
public sealed class CompiledRuleSet
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private readonly BatchEvaluator _evaluator;

    internal CompiledRuleSet(RuleRevision revision, WorkingDayCalendar calendar, BatchEvaluator evaluator, int ruleCount)
    {
        Revision = revision;
        Calendar = calendar;
        _evaluator = evaluator;
        RuleCount = ruleCount;
    }

    /// <summary>Gets the revision.</summary>
    public RuleRevision Revision { get; }

    /// <summary>Gets the calendar deadlines are counted in.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the evaluator, for analyses built on evaluations (forecasts).</summary>
    internal BatchEvaluator Evaluator => _evaluator;

    /// <summary>Gets the number of NRules rules compiled (one per enabled indicator).</summary>
    public int RuleCount { get; }

    /// <summary>
    /// Checks a batch against the revision before evaluating it: every inspector finding must be for an indicator that
    /// takes inspector findings, with non-negative occurrences and points within the indicator's cap.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <returns>Every error, positioned where the batch was read from (codes CR3020–CR3022); empty when there is none.</returns>
    /// <remarks>
    /// <see cref="Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/> does not refuse such a batch: it reports the subjects
    /// concerned as not assessed and these errors among <see cref="BatchResult.Warnings"/>. A host that would rather refuse
    /// the whole batch, as the command line does, calls this first.
    /// </remarks>
    public ImmutableArray<Diagnostic> Check(FactBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return _evaluator.Check(batch);
    }

    /// <summary>Evaluates a batch at an as-of date.</summary>
    /// <param name="batch">The subjects and their observations.</param>
    /// <param name="asOf">The as-of date (the monitoring time point); windows end on it.</param>
    /// <param name="options">Coverage, parallelism, progress and cancellation; <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// One result per subject, in the batch's order, and the summary, the data coverage, the provenance and the warnings.
    /// </returns>
    /// <exception cref="CalendarRangeException">
    /// The revision counts working days and the as-of date, or the start of one of its working-day windows, lies outside
    /// the calendar. (A fact's date outside the calendar makes only its subject <see cref="Verdict.NotAssessed"/>.)
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is before 1990 or after 2100.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled through the options' token.</exception>
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return _evaluator.Evaluate(batch, asOf, options ?? EvaluationOptions.Default);
    }

    /// <summary>Evaluates a batch at the current date in Asia/Shanghai according to a clock.</summary>
    /// <param name="batch">The subjects and their observations.</param>
    /// <param name="clock">The clock (the library never reads the machine's clock itself).</param>
    /// <param name="options">Coverage, parallelism, progress and cancellation.</param>
    /// <returns>One result per subject.</returns>
    /// <exception cref="CalendarRangeException">See <see cref="Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/>.</exception>
    public BatchResult Evaluate(FactBatch batch, IClock clock, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Evaluate(batch, clock.GetCurrentInstant().InZone(China).Date, options);
    }
}
