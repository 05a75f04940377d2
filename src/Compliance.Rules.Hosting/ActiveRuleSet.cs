using System.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Hosting.Observability;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Hosting;

/// <summary>
/// A compiled rule set a host serves: which files it came from, when it became active, and an evaluation that is
/// logged and measured.
/// </summary>
/// <remarks>
/// An instance never changes: a reload makes a new one. Every result of <see cref="Evaluate"/> carries this rule set's
/// provenance (<see cref="BatchResult.Provenance"/>: revision id and <see cref="ContentHash"/>), so a result can always be
/// traced to exactly one rule set. This type is immutable and thread-safe.
/// </remarks>
public sealed class ActiveRuleSet
{
    private readonly EvaluationTelemetry _telemetry;

    internal ActiveRuleSet(CompiledRuleSet ruleSet, string source, long generation, DateTimeOffset activatedAt, EvaluationTelemetry telemetry)
    {
        RuleSet = ruleSet;
        Source = source;
        Generation = generation;
        ActivatedAt = activatedAt;
        _telemetry = telemetry;
    }

    /// <summary>Gets the compiled rule set.</summary>
    public CompiledRuleSet RuleSet { get; }

    /// <summary>Gets the revision id, such as <c>xjbt-2024</c>.</summary>
    public string RevisionId => RuleSet.Revision.Id;

    /// <summary>Gets the SHA-256 of the revision's effective content, as every result's provenance gives it.</summary>
    public string ContentHash => RuleSet.Revision.ContentHash;

    /// <summary>Gets the rule set as the options name it (<c>builtin:gb-2019</c>, or the folder's path as configured).</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the number the provider gave this rule set when it became active: 1 for the first, one more for each later
    /// one of any source. A reload that finds the content unchanged keeps the active rule set and its number.
    /// </summary>
    public long Generation { get; }

    /// <summary>Gets when the rule set became active, by the host's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ActivatedAt { get; }

    /// <summary>Evaluates a batch at an as-of date, as <see cref="CompiledRuleSet.Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/> does, and logs and measures it.</summary>
    /// <param name="batch">The subjects and their observations.</param>
    /// <param name="asOf">The as-of date (the monitoring time point).</param>
    /// <param name="options">Coverage, parallelism, progress and cancellation; <see langword="null"/> for the defaults.</param>
    /// <returns>The result, whose provenance names this rule set.</returns>
    /// <remarks>
    /// Logs event 20 (evaluated) or 21 (failed), and records the <c>compliance_rules.*</c> evaluation metrics of the
    /// <c>Compliance.Rules</c> meter: evaluations, subjects by verdict, findings by indicator, duration.
    /// </remarks>
    /// <exception cref="Calendar.CalendarRangeException">See <see cref="CompiledRuleSet.Evaluate(FactBatch, LocalDate, EvaluationOptions?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is before 1990 or after 2100.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled through the options' token.</exception>
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = RuleSet.Evaluate(batch, asOf, options);
            _telemetry.Evaluated(this, result, Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (Exception ex)
        {
            _telemetry.Failed(this, batch, asOf, ex, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}
