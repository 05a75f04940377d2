using Compliance.Rules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// The as-of dates an evaluation accepts: within the years government websites can be inspected in, and inside the
/// revision's calendar when its indicators count working days. Checked once, before anything is evaluated, so an
/// impossible date gives one clear message instead of a failure per subject or an overflow at the ends of the date range.
/// </summary>
internal static class AsOfRange
{
    /// <summary>The earliest as-of date accepted (no government website inspection predates it).</summary>
    public static readonly LocalDate Earliest = new(1990, 1, 1);

    /// <summary>The latest as-of date accepted.</summary>
    public static readonly LocalDate Latest = new(2100, 12, 31);

    /// <summary>Checks an as-of date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The revision's calendar.</param>
    /// <param name="countsWorkingDays">Whether the revision's indicators count working days.</param>
    /// <exception cref="CalendarRangeException">Working days are counted and the date is outside the calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the accepted years.</exception>
    public static void Check(LocalDate asOf, WorkingDayCalendar calendar, bool countsWorkingDays)
    {
        if (countsWorkingDays && !calendar.CoveredRange.Contains(asOf))
        {
            throw CalendarRangeException.ForDate(nameof(asOf), calendar.Id, calendar.CoveredRange, asOf);
        }

        if (asOf < Earliest || asOf > Latest)
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf),
                $"the as-of date {Iso(asOf)} is outside the dates an inspection can have ({Iso(Earliest)} … {Iso(Latest)})");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
