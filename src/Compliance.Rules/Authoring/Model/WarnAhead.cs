using Compliance.Rules.Calendar;
using NodaTime;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// How far ahead a change is announced as a warning (预警, <c>warn_ahead:</c>): a number of calendar days or of working
/// days of the revision's calendar before the date the change takes effect.
/// </summary>
/// <remarks>
/// A change that takes effect on <c>date</c> is within <c>{ calendar_days: N }</c> of the as-of date when
/// <c>date − as-of ≤ N</c>: an account forecast to fail on 7月5日 is announced from 7月2日 with 3 days. It is within
/// <c>{ working_days: N }</c> when at most N working days lie strictly between the as-of date and <c>date</c> (the working
/// days left to act): a message due Friday 6月28日 is overdue from Saturday 6月29日, and on Thursday 6月27日 one working day
/// (Friday) is left, so 1 working day announces it on Thursday. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Amount">How many units, at least 1.</param>
/// <param name="Unit">Calendar days or working days.</param>
internal sealed record WarnAhead(int Amount, TimeUnit Unit)
{
    /// <summary>
    /// Gets the setting of a revision that states none: a week. Policy staff set their own in <c>revision.yaml</c> and per
    /// indicator.
    /// </summary>
    public static WarnAhead Default { get; } = new(7, TimeUnit.CalendarDays);

    /// <summary>Tells whether a change on a date is announced at an as-of date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="date">The date the change takes effect (after the as-of date).</param>
    /// <param name="calendar">The revision's calendar, for working days.</param>
    /// <returns>Whether the change lies within this setting.</returns>
    public bool Covers(LocalDate asOf, LocalDate date, WorkingDayCalendar calendar) =>
        Covers(Period.DaysBetween(asOf, date), Unit == TimeUnit.WorkingDays ? WorkingDaysLeft(asOf, date, calendar) : 0);

    /// <summary>Tells whether a change is announced, given how far ahead it is.</summary>
    /// <param name="days">The calendar days from the as-of date to the change.</param>
    /// <param name="workingDaysLeft">The working days left before it (<see cref="WorkingDaysLeft"/>).</param>
    /// <returns>Whether the change lies within this setting.</returns>
    public bool Covers(int days, int workingDaysLeft) => Unit == TimeUnit.WorkingDays ? workingDaysLeft <= Amount : days <= Amount;

    /// <summary>Gets the last date a change can take effect on and still be announced at an as-of date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The revision's calendar, for working days.</param>
    /// <returns>The date.</returns>
    public LocalDate LastDate(LocalDate asOf, WorkingDayCalendar calendar) => Unit == TimeUnit.WorkingDays
        ? calendar.AddWorkingDays(asOf, Amount + 1)
        : asOf.PlusDays(Amount);

    /// <summary>Counts the working days d with as-of &lt; d &lt; date: the working days left before a change.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="date">The date the change takes effect.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The count (0 when the change is the next day).</returns>
    public static int WorkingDaysLeft(LocalDate asOf, LocalDate date, WorkingDayCalendar calendar) =>
        date <= asOf ? 0 : calendar.WorkingDaysBetween(asOf, date.PlusDays(-1));
}
