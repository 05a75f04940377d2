using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>Functions that compiled rule conditions call: elapsed time (the set tests are <see cref="Facts.FactSets"/>).</summary>
internal static class FactFunctions
{
    /// <summary>Measures the time from one date to another in a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <param name="calendar">The calendar, for working days.</param>
    /// <returns>
    /// Calendar days between the dates; working days d with from &lt; d ≤ to, where a <paramref name="to"/> that is a
    /// day off counts as the next working day; or whole months/years elapsed.
    /// </returns>
    /// <remarks>
    /// A deadline is a date: "answered within 3 working days" of a message received on Tue 2024-03-05 means answered by
    /// the end of Fri 2024-03-08, so an answer on Sat 03-09 is late although no further working day has passed. Counting
    /// a day off as the working day after it makes "more than N working days" hold exactly when <paramref name="to"/>
    /// lies after the N-th working day (the deadline), and keeps the count a number a reason can state (4 for Saturday).
    /// </remarks>
    public static int Measure(TimeUnit unit, LocalDate from, LocalDate to, WorkingDayCalendar calendar) => unit switch
    {
        TimeUnit.CalendarDays => Period.DaysBetween(from, to),
        TimeUnit.WorkingDays => WorkingDaysUntil(from, to, calendar),
        TimeUnit.Months => Period.Between(from, to, PeriodUnits.Months).Months,
        _ => Period.Between(from, to, PeriodUnits.Years).Years,
    };

    /// <summary>Counts the working days d with from &lt; d ≤ to, a day off at <paramref name="to"/> counting as the next working day.</summary>
    /// <param name="from">The earlier date (its own day never counts).</param>
    /// <param name="to">The later date.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The count; negative when <paramref name="to"/> is before <paramref name="from"/>.</returns>
    public static int WorkingDaysUntil(LocalDate from, LocalDate to, WorkingDayCalendar calendar)
    {
        var count = calendar.WorkingDaysBetween(from, to);
        return to > from && !calendar.IsWorkingDay(to) ? count + 1 : count;
    }

    /// <summary>Tests an elapsed time against a threshold.</summary>
    /// <remarks>
    /// Days and working days compare the measured count. Months and years compare <paramref name="to"/> with
    /// <paramref name="from"/> moved forward by the threshold, so "more than 3 months" (gt 3) holds from the day after
    /// the same date three months later.
    /// </remarks>
    /// <param name="unit">The unit.</param>
    /// <param name="from">The earlier date, or <see langword="null"/> (then the test does not hold).</param>
    /// <param name="to">The later date.</param>
    /// <param name="op">The operator.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>Whether the test holds.</returns>
    public static bool ElapsedHolds(TimeUnit unit, LocalDate? from, LocalDate to, ComparisonOperator op, int threshold, WorkingDayCalendar calendar)
    {
        if (from is not { } start)
        {
            return false;
        }

        if (unit is TimeUnit.Months or TimeUnit.Years)
        {
            var bound = unit == TimeUnit.Months ? start.PlusMonths(threshold) : start.PlusYears(threshold);
            return Compare(to.CompareTo(bound), op);
        }

        return Compare(Measure(unit, start, to, calendar).CompareTo(threshold), op);
    }

    /// <summary>Applies an operator to the result of a comparison.</summary>
    /// <param name="comparison">Negative, zero or positive.</param>
    /// <param name="op">The operator.</param>
    /// <returns>Whether the operator holds.</returns>
    public static bool Compare(int comparison, ComparisonOperator op) => op.Holds(comparison);

    /// <summary>Gets the date of an optional date (identity), for uniform elapsed-time tests.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The date.</returns>
    public static LocalDate? Day(LocalDate? value) => value;

    /// <summary>Gets the date of an optional local date and time.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>Its date.</returns>
    public static LocalDate? Day(LocalDateTime? value) => value?.Date;

    /// <summary>Gets the date of an optional value, or a fallback date when it is missing.</summary>
    /// <param name="value">The date.</param>
    /// <param name="fallback">The fallback (the as-of date).</param>
    /// <returns>The date.</returns>
    public static LocalDate DayOr(LocalDate? value, LocalDate fallback) => value ?? fallback;
}
