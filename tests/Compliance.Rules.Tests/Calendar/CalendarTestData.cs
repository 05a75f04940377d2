using System.Reflection;
using Compliance.Rules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>Shared inputs of the calendar tests: the built-in calendars, dates from text, and files of the repository.</summary>
internal static class CalendarTestData
{
    /// <summary>Gets the repository's root folder, recorded at build time.</summary>
    public static string RepoRoot { get; } =
        typeof(CalendarTestData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>Gets the folder of the built-in calendar files.</summary>
    public static string CalendarsFolder { get; } = Path.Combine(RepoRoot, "rules", "calendars");

    /// <summary>Gets the national calendar.</summary>
    public static WorkingDayCalendar National => WorkingDayCalendars.BuiltIn("cn");

    /// <summary>Gets the Xinjiang calendar (national plus the regional overlay).</summary>
    public static WorkingDayCalendar Xinjiang => WorkingDayCalendars.BuiltIn("cn-xj");

    /// <summary>Parses an ISO date.</summary>
    /// <param name="iso">The date, such as 2024-06-14.</param>
    /// <returns>The date.</returns>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>Reads a fixture file of this folder, without comment and blank lines.</summary>
    /// <param name="name">The file's name in Calendar/Fixtures.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> Fixture(string name) =>
        File.ReadAllLines(Path.Combine(RepoRoot, "tests", "Compliance.Rules.Tests", "Calendar", "Fixtures", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    /// <summary>Counts working days of a year day by day, as an oracle independent of the calendar's tables.</summary>
    /// <param name="calendar">The calendar asked day by day.</param>
    /// <param name="year">The year.</param>
    /// <returns>The number of working days in the year.</returns>
    public static int WorkingDaysIn(WorkingDayCalendar calendar, int year)
    {
        var count = 0;
        for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            count += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }
}
