using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>The last day an <c>elapsed</c> test in days allows: the deadline a reason's <c>{deadline}</c> states.</summary>
internal static class ElapsedLimit
{
    /// <summary>Gets the last allowed day of an elapsed test counted from a date.</summary>
    /// <param name="elapsed">The test.</param>
    /// <param name="from">The date counted from (a message's day of receipt).</param>
    /// <param name="calendar">The calendar, for working days.</param>
    /// <returns>
    /// The limit's day (<c>gt: 3</c> working days from Tue 2024-03-05: Fri 03-08; <c>gte: 3</c>: one working day earlier);
    /// <see langword="null"/> for months and years, which have no deadline placeholder.
    /// </returns>
    public static LocalDate? LastAllowedDay(Elapsed elapsed, LocalDate from, WorkingDayCalendar calendar)
    {
        var limit = (int)elapsed.Comparison.Threshold;
        var allowed = elapsed.Comparison.Operator == ComparisonOperator.Gte ? limit - 1 : limit;
        return elapsed.Unit switch
        {
            TimeUnit.WorkingDays => calendar.AddWorkingDays(from, allowed),
            TimeUnit.CalendarDays => from.PlusDays(allowed),
            _ => null,
        };
    }
}
