using System.Collections.Immutable;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// What happens to a batch's results over the next days if no new facts arrive: every subject's changes, the warnings
/// (预警) sorted by date and unit, and the messages waiting for an answer.
/// </summary>
/// <remarks>Built only by <see cref="ForecastAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class ForecastResult
{
    internal ForecastResult(
        BatchResult current,
        LocalDate until,
        ImmutableArray<SubjectForecast> subjects,
        ImmutableArray<ForecastWarning> warnings,
        ImmutableArray<PendingMessage> pendingMessages,
        int evaluations)
    {
        Current = current;
        Until = until;
        Subjects = subjects;
        Warnings = warnings;
        PendingMessages = pendingMessages;
        Evaluations = evaluations;
    }

    /// <summary>Gets the as-of date the forecast starts from.</summary>
    public LocalDate AsOf => Current.AsOf;

    /// <summary>Gets the last date the forecast looks at (inclusive).</summary>
    public LocalDate Until { get; }

    /// <summary>Gets the number of days looked ahead.</summary>
    public int Days => Period.DaysBetween(AsOf, Until);

    /// <summary>Gets the result at the as-of date: exactly what a plain evaluation gives.</summary>
    public BatchResult Current { get; }

    /// <summary>Gets one forecast per subject, in the batch's order.</summary>
    public ImmutableArray<SubjectForecast> Subjects { get; }

    /// <summary>
    /// Gets the warnings of every change until <see cref="Until"/>: an indicator starting to fire (not a bonus) or a bonus
    /// lost, sorted by date, then by unit (in the order the batch first lists it, as a notice orders its divisions), then
    /// in the batch's and the indicators' order.
    /// </summary>
    public ImmutableArray<ForecastWarning> Warnings { get; }

    /// <summary>Gets the warnings within each indicator's <c>warn_ahead</c>, in the same order.</summary>
    public IEnumerable<ForecastWarning> DueWarnings => Warnings.Where(w => w.IsDue);

    /// <summary>
    /// Gets the messages not answered and not yet overdue at the as-of date, of the channels the revision's report
    /// settings list, sorted by deadline, then by unit (as <see cref="Warnings"/>).
    /// </summary>
    public ImmutableArray<PendingMessage> PendingMessages { get; }

    /// <summary>Gets the subjects whose result changes within the forecast's days.</summary>
    public IEnumerable<SubjectForecast> Changes => Subjects.Where(s => !s.Changes.IsEmpty);

    /// <summary>
    /// Gets how many subject evaluations the forecast made after the one at the as-of date (one per subject and date on
    /// which one of its facts' time tests changes).
    /// </summary>
    internal int Evaluations { get; }
}
