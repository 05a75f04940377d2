using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Thrown when a working-day question needs a day outside the range a calendar covers, instead of guessing from the
/// Monday–Friday week (which is wrong on some twenty dates a year in China).
/// </summary>
/// <remarks>
/// A year is covered only once its holiday notice has been published and recorded; the State Council publishes the
/// next year's schedule between late October and mid December. Derives from <see cref="ArgumentOutOfRangeException"/>,
/// so handlers of bad arguments see it too.
/// </remarks>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    private readonly string _message;

    private CalendarRangeException(string paramName, string calendarId, DateInterval coveredRange, LocalDate date, string message)
        : base(paramName, date, message)
    {
        CalendarId = calendarId;
        CoveredRange = coveredRange;
        Date = date;
        _message = message;
    }

    /// <summary>Gets the id of the calendar asked, such as <c>cn</c>.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the range of dates the calendar covers, both ends inclusive.</summary>
    public DateInterval CoveredRange { get; }

    /// <summary>Gets the first date needed that lies outside <see cref="CoveredRange"/>.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the message, which names the date, the calendar and its covered range.</summary>
    public override string Message => _message;

    /// <summary>Creates the exception for a date given by the caller that lies outside the calendar.</summary>
    /// <param name="paramName">The parameter that held the date.</param>
    /// <param name="calendarId">The calendar's id.</param>
    /// <param name="coveredRange">The calendar's covered range.</param>
    /// <param name="date">The date outside it.</param>
    /// <returns>The exception.</returns>
    internal static CalendarRangeException ForDate(string paramName, string calendarId, DateInterval coveredRange, LocalDate date) =>
        new(paramName, calendarId, coveredRange, date, $"{Iso(date)} is {Outside(calendarId, coveredRange, date)}");

    /// <summary>Creates the exception for an answer that would lie beyond the calendar's range.</summary>
    /// <param name="paramName">The parameter that asked for it (the number of working days).</param>
    /// <param name="calendarId">The calendar's id.</param>
    /// <param name="coveredRange">The calendar's covered range.</param>
    /// <param name="question">The question, such as "the 3rd working day after 2026-12-30".</param>
    /// <param name="forward">Whether the answer lies after the range (otherwise before it).</param>
    /// <returns>The exception.</returns>
    internal static CalendarRangeException ForResult(string paramName, string calendarId, DateInterval coveredRange, string question, bool forward)
    {
        var date = forward ? coveredRange.End.PlusDays(1) : coveredRange.Start.PlusDays(-1);
        var side = forward ? "after" : "before";
        return new(paramName, calendarId, coveredRange, date, $"{question} lies {side} {Iso(forward ? coveredRange.End : coveredRange.Start)}, on {Iso(date)} or beyond, which is {Outside(calendarId, coveredRange, date)}");
    }

    private static string Outside(string calendarId, DateInterval range, LocalDate date)
    {
        var reason = date > range.End
            ? string.Create(CultureInfo.InvariantCulture, $"the holiday notice for {date.Year} has not been published or is not recorded in this calendar")
            : string.Create(CultureInfo.InvariantCulture, $"this calendar records no year before {range.Start.Year}");
        return $"outside the calendar '{calendarId}' ({Iso(range.Start)} … {Iso(range.End)}): {reason}";
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
