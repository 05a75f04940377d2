using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Early warning (预警): what will fail, and when, if nothing changes. Evaluates a batch at an as-of date and says, for
/// every subject, on which later dates its verdict, scores or findings change if no new facts arrive, with the warnings
/// worded by the rule set and the messages waiting for an answer.
/// </summary>
/// <remarks>
/// <para>
/// Every time window ends at the as-of date, so evaluating the same facts at a later date answers "what if nothing new
/// happens": an account whose last post was on 6月20日 passes on 6月27日 and fails the 14-day update veto from 7月5日. The
/// forecast evaluates a subject again only on the dates where one of its facts enters or leaves a window, crosses an
/// <c>elapsed</c> limit or an <c>age</c> threshold (read from the rule set's conditions) and what an indicator's rule
/// sees changes with it, and only those indicators. It stays exact — the result it predicts for any date equals a plain
/// evaluation at that date in verdict, failure cause, scores and findings (indicator, points, and the fact of a per-fact
/// finding) — at a fraction of evaluating every day. Texts that quote the as-of date or count days (a reason's
/// 截至…已用…个工作日) read as on the date the finding was last evaluated.
/// </para>
/// <para>
/// Subjects that are not assessed at the as-of date (无法评估, 不纳入检查) keep that result. This type is thread-safe.
/// </para>
/// </remarks>
public static class ForecastAnalysis
{
    /// <summary>The most days a forecast looks ahead.</summary>
    public const int MaxDays = 366;

    /// <summary>Forecasts a batch over a number of days.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="batch">The facts.</param>
    /// <param name="asOf">The as-of date the forecast starts from.</param>
    /// <param name="days">How many days to look ahead, 1 to <see cref="MaxDays"/>.</param>
    /// <param name="options">Coverage, parallelism and cancellation.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is outside 1 to <see cref="MaxDays"/>, or a date of the forecast is before 1990 or after 2100.
    /// </exception>
    /// <exception cref="Calendar.CalendarRangeException">The revision counts working days and a date of the forecast lies outside its calendar.</exception>
    /// <exception cref="OperationCanceledException">The forecast was cancelled.</exception>
    public static ForecastResult Run(CompiledRuleSet rules, FactBatch batch, LocalDate asOf, int days, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return Forecaster.Of(rules).Run(batch, asOf, asOf.PlusDays(days), options ?? EvaluationOptions.Default);
    }

    /// <summary>
    /// Forecasts a batch as far ahead as the revision warns (<c>warn_ahead</c> of its indicators and its own), so that the
    /// <see cref="ForecastResult.DueWarnings"/> are every warning due at the as-of date.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="batch">The facts.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Coverage, parallelism and cancellation.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date of the forecast is before 1990 or after 2100.</exception>
    /// <exception cref="Calendar.CalendarRangeException">The revision counts working days and a date of the forecast lies outside its calendar.</exception>
    /// <exception cref="OperationCanceledException">The forecast was cancelled.</exception>
    public static ForecastResult RunToWarnAhead(CompiledRuleSet rules, FactBatch batch, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(batch);
        var revision = rules.Revision;
        rules.Evaluator.CheckAsOf(asOf);
        var until = revision.Indicators
            .Where(i => i.Enabled)
            .Select(i => revision.WarnAheadOf(i).LastDate(asOf, rules.Calendar))
            .DefaultIfEmpty(asOf.PlusDays(1))
            .Max();
        return Forecaster.Of(rules).Run(batch, asOf, until > asOf ? until : asOf.PlusDays(1), options ?? EvaluationOptions.Default);
    }
}
